namespace LabourHub.Infrastructure.Support;

/// <summary>
/// Stripe settings (section "Stripe", environment variables Stripe__SecretKey, Stripe__WebhookSecret). Without a
/// secret key the catalogue says payments are not configured; without the webhook secret no event is accepted.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";

    /// <summary>The account's secret key (sk_test_... in test mode). Never in a file: environment or secret store.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (whsec_...).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API base; tests point it at a loopback fake. Empty means https://api.stripe.com.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How old a signed webhook may be, in seconds (Stripe's recommendation: 300).</summary>
    public int ToleranceSeconds { get; set; } = 300;
}
