namespace LabourHub.Identity.Accounts.Models;

public sealed record MfaInput
{
    /// <summary>Six digits from the authenticator app, or one of the recovery codes.</summary>
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}
