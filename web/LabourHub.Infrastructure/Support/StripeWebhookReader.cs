using System.Globalization;
using LabourHub.Application.Support.Payments;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace LabourHub.Infrastructure.Support;

/// <summary>
/// Verifies a Stripe webhook (HMAC-SHA256 over "{timestamp}.{raw body}" with the endpoint secret, timestamp within the
/// tolerance of this process's clock) and reduces it to the facts the ledger needs. The account's API version may
/// differ from the one Stripe.net was built for, so the version check is off on purpose: only stable fields (ids,
/// client_reference_id, payment_status, amount_total, amount_refunded) are read.
/// </summary>
public sealed class StripeWebhookReader(IOptions<StripeOptions> options, TimeProvider clock) : IPaymentEventReader
{
    public PaymentEventReading Read(string rawBody, string? signatureHeader)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret))
        {
            return PaymentEventReading.Failed(PaymentEventProblem.NotConfigured);
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return PaymentEventReading.Failed(PaymentEventProblem.BadSignature);
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (Timestamp(signatureHeader) is not { } sent)
        {
            return PaymentEventReading.Failed(PaymentEventProblem.BadSignature);
        }

        if (Math.Abs(now - sent) > settings.ToleranceSeconds)
        {
            return PaymentEventReading.Failed(PaymentEventProblem.StaleTimestamp);
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(rawBody, signatureHeader, settings.WebhookSecret, settings.ToleranceSeconds, now, throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return PaymentEventReading.Failed(PaymentEventProblem.BadSignature);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return PaymentEventReading.Failed(PaymentEventProblem.Malformed);
        }

        return stripeEvent.Data?.Object switch
        {
            Session session => new PaymentEventReading(
                new PaymentEvent(
                    stripeEvent.Id,
                    stripeEvent.Type,
                    OrderId(session.ClientReferenceId) ?? OrderId(session.Metadata),
                    session.Id,
                    session.PaymentIntentId,
                    session.PaymentStatus,
                    session.AmountTotal,
                    FullyRefunded: false),
                PaymentEventProblem.None),
            Charge charge => new PaymentEventReading(
                new PaymentEvent(
                    stripeEvent.Id,
                    stripeEvent.Type,
                    OrderId(charge.Metadata),
                    null,
                    charge.PaymentIntentId,
                    charge.Status,
                    charge.Amount,
                    FullyRefunded: charge.Refunded || (charge.Amount > 0 && charge.AmountRefunded >= charge.Amount)),
                PaymentEventProblem.None),
            _ => new PaymentEventReading(new PaymentEvent(stripeEvent.Id, stripeEvent.Type, null, null, null, null, null, false), PaymentEventProblem.None),
        };
    }

    private static long? Timestamp(string header)
    {
        foreach (var part in header.Split(','))
        {
            var pair = part.Trim();
            if (pair.StartsWith("t=", StringComparison.Ordinal)
                && long.TryParse(pair.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds;
            }
        }

        return null;
    }

    private static Guid? OrderId(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static Guid? OrderId(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(StripePaymentGateway.OrderIdKey, out var text) ? OrderId(text) : null;
}
