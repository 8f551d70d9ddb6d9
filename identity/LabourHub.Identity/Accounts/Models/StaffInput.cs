using System.ComponentModel.DataAnnotations;

namespace LabourHub.Identity.Accounts.Models;

public sealed class StaffInput
{
    [Required(ErrorMessage = "Account.LoginRequired")]
    [EmailAddress(ErrorMessage = "Account.LoginInvalid")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Staff.RoleRequired")]
    [RegularExpression("^(CaseWorker|MinistryAnalyst|Admin)$", ErrorMessage = "Staff.RoleRequired")]
    public string Role { get; set; } = Roles.CaseWorker;

    [RegularExpression("^(tr|ar|fa|en)$")]
    public string Culture { get; set; } = "tr";
}
