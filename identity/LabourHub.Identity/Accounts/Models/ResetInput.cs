using System.ComponentModel.DataAnnotations;

namespace LabourHub.Identity.Accounts.Models;

public sealed class ResetInput
{
    [Required]
    public string UserId { get; set; } = string.Empty;

    [Required]
    public string Token { get; set; } = string.Empty;

    [Required(ErrorMessage = "Account.PasswordRequired")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Account.PasswordLength")]
    public string Password { get; set; } = string.Empty;

    [Compare(nameof(Password), ErrorMessage = "Account.PasswordsDiffer")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
