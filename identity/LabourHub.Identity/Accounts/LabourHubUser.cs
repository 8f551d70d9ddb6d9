using Microsoft.AspNetCore.Identity;

namespace LabourHub.Identity.Accounts;

/// <summary>An account. The domain knows it only by its id (an opaque string); no profile data lives here.</summary>
public sealed class LabourHubUser : IdentityUser
{
    /// <summary>The language the person chose first (tr, ar, fa, en); pages and e-mails use it.</summary>
    public string PreferredCulture { get; set; } = "tr";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last TOTP time step accepted: a code from that step or an earlier one is a replay and fails.</summary>
    public long? LastTotpTimeStep { get; set; }
}
