using System.ComponentModel.DataAnnotations;

namespace LabourHub.Identity.Accounts.Models;

/// <summary>A worker's sign-up: the language first, then a phone number or an e-mail address, then a password.</summary>
public sealed class RegisterInput
{
    [Required(ErrorMessage = "Account.LanguageRequired")]
    [RegularExpression("^(tr|ar|fa|en)$", ErrorMessage = "Account.LanguageRequired")]
    public string Culture { get; set; } = "tr";

    [Required(ErrorMessage = "Account.LoginRequired")]
    [StringLength(256, ErrorMessage = "Account.TooLong")]
    public string Login { get; set; } = string.Empty;

    [Required(ErrorMessage = "Account.PasswordRequired")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Account.PasswordLength")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Compare(nameof(Password), ErrorMessage = "Account.PasswordsDiffer")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = string.Empty;
}
