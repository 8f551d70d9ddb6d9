namespace LabourHub.Identity.Accounts;

/// <summary>
/// Staff and business owners must have signed in with a second factor. ASP.NET Core Identity marks a sign-in that
/// went through an authenticator or recovery code with the claim amr = mfa.
/// </summary>
public static class MfaPolicy
{
    public const string Name = "SignedInWithMfa";
    public const string AmrClaim = "amr";
    public const string AmrMfa = "mfa";

    /// <summary>Roles that may not work without MFA (TOTP is optional for workers).</summary>
    public static readonly IReadOnlyList<string> RequiredFor = [Roles.EmployerOwner, Roles.CaseWorker, Roles.MinistryAnalyst, Roles.Admin];
}
