using System.ComponentModel.DataAnnotations;

namespace LabourHub.Identity.Accounts.Models;

public sealed class ForgotInput
{
    [Required(ErrorMessage = "Account.LoginRequired")]
    [StringLength(256, ErrorMessage = "Account.TooLong")]
    public string Login { get; set; } = string.Empty;
}
