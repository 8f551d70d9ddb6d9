namespace LabourHub.Application.Support.Payments;

/// <summary>
/// The payment provider as the product needs it (Stripe Checkout in production, a loopback fake of Stripe's API in
/// tests). Amounts are kuruş.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>False when no secret key is configured: the catalogue then says payments are not set up.</summary>
    bool IsConfigured { get; }

    /// <summary>Creates a hosted Checkout Session for an order and returns where to send the buyer.</summary>
    Task<CheckoutStarted> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Refunds a payment in full; the idempotency key makes a retried refund harmless. Returns the refund id.</summary>
    Task<string> RefundAsync(string paymentIntentId, long amountKurus, string idempotencyKey, CancellationToken cancellationToken);
}

public sealed record CheckoutRequest(Guid OrderId, string Description, long AmountKurus, string SuccessUrl, string CancelUrl, string Locale);

public sealed record CheckoutStarted(string SessionId, Uri RedirectUrl);

/// <summary>Reads a webhook delivery: verifies the signature over the raw body and the timestamp, then parses it.</summary>
public interface IPaymentEventReader
{
    PaymentEventReading Read(string rawBody, string? signatureHeader);
}

public enum PaymentEventProblem
{
    None = 0,
    NotConfigured = 1,
    BadSignature = 2,
    StaleTimestamp = 3,
    Malformed = 4,
}

public sealed record PaymentEventReading(PaymentEvent? Event, PaymentEventProblem Problem)
{
    public static PaymentEventReading Failed(PaymentEventProblem problem) => new(null, problem);
}

/// <summary>The facts of one provider event that the ledger needs, whatever the provider's object shapes.</summary>
public sealed record PaymentEvent(
    string Id,
    string Type,
    Guid? OrderId,
    string? SessionId,
    string? PaymentIntentId,
    string? PaymentStatus,
    long? AmountKurus,
    bool FullyRefunded);

/// <summary>Event types the ledger acts on; others are acknowledged and recorded as ignored.</summary>
public static class PaymentEventTypes
{
    public const string CheckoutCompleted = "checkout.session.completed";
    public const string AsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";
    public const string AsyncPaymentFailed = "checkout.session.async_payment_failed";
    public const string CheckoutExpired = "checkout.session.expired";
    public const string ChargeRefunded = "charge.refunded";
}
