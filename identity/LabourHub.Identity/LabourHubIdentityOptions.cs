namespace LabourHub.Identity;

/// <summary>How the host wires identity: the database, where keys live, and which demo data to seed.</summary>
public sealed class LabourHubIdentityOptions
{
    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Where signing and encryption certificates are created once and kept (development and single machine).</summary>
    public string KeysFolder { get; set; } = string.Empty;

    /// <summary>Optional PKCS#12 files for production (shared by every replica); created in KeysFolder when absent.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Where outgoing e-mail goes when no SMTP server is configured: one .eml file per message, so sign-up and
    /// password-reset mail works offline (the README says where to find them).
    /// </summary>
    public string MailPickupFolder { get; set; } = string.Empty;

    /// <summary>SMTP server for real delivery; empty means the pickup folder.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string MailFrom { get; set; } = "no-reply@labourhub.example";

    /// <summary>Seed the demo accounts (one per role) and the demo OpenID Connect clients.</summary>
    public bool SeedDemoAccounts { get; set; }

    /// <summary>
    /// Accept OpenID Connect requests over plain HTTP. Only for development and tests on loopback; in production TLS
    /// ends at the load balancer and the forwarded scheme is https.
    /// </summary>
    public bool AllowHttp { get; set; }

    /// <summary>Sign-in and sign-up attempts allowed per client address per minute (then 429).</summary>
    public int AccountAttemptsPerMinute { get; set; } = 10;

    /// <summary>Run the daily pruning of expired and revoked tokens in this process (the host turns it off on web replicas).</summary>
    public bool RunTokenPruning { get; set; } = true;

    /// <summary>
    /// Asked before each daily pruning with (services, job name, lease duration): true when this instance may run it.
    /// The host plugs in its job leases so only one worker prunes; null means always (one machine). Not bound from
    /// configuration.
    /// </summary>
    public Func<IServiceProvider, string, TimeSpan, CancellationToken, Task<bool>>? AcquireJobLease { get; set; }

    /// <summary>Absolute lifetime of refresh tokens (rotation issues a new one each use, never past this).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
