using System.ComponentModel.DataAnnotations;

namespace LabourHub.Web.Models;

/// <summary>A business owner's sign-up: the account and the business in one form.</summary>
public sealed class BusinessRegistrationInput
{
    [Required(ErrorMessage = "Business.Required")]
    [RegularExpression("^(tr|ar|fa|en)$", ErrorMessage = "Business.Required")]
    public string Culture { get; set; } = "tr";

    [Required(ErrorMessage = "Business.Required")]
    [EmailAddress(ErrorMessage = "Business.Email")]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Business.Required")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Business.PasswordLength")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Business.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    public string BusinessName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Business.Required")]
    public string TaxNumber { get; set; } = string.Empty;

    [Required(ErrorMessage = "Business.Required")]
    [RegularExpression("^[A-U]$", ErrorMessage = "Validation.Sector")]
    public string Sector { get; set; } = string.Empty;

    [Range(1, 81, ErrorMessage = "Validation.Province")]
    public int Province { get; set; }

    [Range(0, 100_000, ErrorMessage = "Business.Headcount")]
    public int TurkishEmployees { get; set; }

    [Range(0, 100_000, ErrorMessage = "Business.Headcount")]
    public int ForeignEmployees { get; set; }
}
