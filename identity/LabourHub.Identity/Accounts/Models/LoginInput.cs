using System.ComponentModel.DataAnnotations;

namespace LabourHub.Identity.Accounts.Models;

public sealed record LoginInput
{
    [Required(ErrorMessage = "Account.LoginRequired")]
    [StringLength(256, ErrorMessage = "Account.TooLong")]
    public string Login { get; set; } = string.Empty;

    [Required(ErrorMessage = "Account.PasswordRequired")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}
