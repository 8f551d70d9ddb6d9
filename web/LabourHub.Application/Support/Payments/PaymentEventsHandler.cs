using LabourHub.Application.Common;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourHub.Application.Support.Payments;

public enum PaymentEventOutcome
{
    Applied = 0,
    Duplicate = 1,
    Ignored = 2,
    UnknownOrder = 3,
    Rejected = 4,
}

/// <summary>
/// Applies verified payment events to orders and the ledger. Each event id is applied once (a processed-event row is
/// saved in the same transaction as its effect); order states only move forward; the ledger holds at most one charge
/// and one refund per order. A payment is marked paid here and nowhere else.
/// </summary>
public sealed partial class PaymentEventsHandler(ILabourHubDbContext db, TimeProvider clock, ILogger<PaymentEventsHandler> logger)
{
    private const int Attempts = 3;

    public async Task<PaymentEventOutcome> ApplyAsync(PaymentEvent payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(payment, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A duplicate delivered in parallel, or an order changed under us: start again from what is stored.
                db.DiscardChanges();
            }
        }
    }

    private async Task<PaymentEventOutcome> ApplyOnceAsync(PaymentEvent payment, CancellationToken cancellationToken)
    {
        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.EventId == payment.Id, cancellationToken))
        {
            LogDuplicate(payment.Type);
            return PaymentEventOutcome.Duplicate;
        }

        var now = clock.GetUtcNow();
        var order = await FindOrderAsync(payment, cancellationToken);
        var outcome = order is null ? PaymentEventOutcome.UnknownOrder : await ApplyToAsync(order, payment, now, cancellationToken);
        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent(payment.Id, payment.Type, outcome.ToString(), now));
        await db.SaveChangesAsync(cancellationToken);
        LogApplied(payment.Type, outcome, order?.Id);
        return outcome;
    }

    private async Task<ServiceOrder?> FindOrderAsync(PaymentEvent payment, CancellationToken cancellationToken)
    {
        if (payment.OrderId is { } id)
        {
            return await db.ServiceOrders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        }

        if (payment.SessionId is { } session)
        {
            return await db.ServiceOrders.FirstOrDefaultAsync(o => o.CheckoutSessionId == session, cancellationToken);
        }

        return payment.PaymentIntentId is { } intent
            ? await db.ServiceOrders.FirstOrDefaultAsync(o => o.PaymentIntentId == intent, cancellationToken)
            : null;
    }

    private async Task<PaymentEventOutcome> ApplyToAsync(ServiceOrder order, PaymentEvent payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (payment.Type)
        {
            case PaymentEventTypes.CheckoutCompleted when payment.PaymentStatus == "paid":
            case PaymentEventTypes.AsyncPaymentSucceeded:
                var confirmed = order.ConfirmPayment(payment.SessionId, payment.PaymentIntentId, payment.AmountKurus ?? -1, now);
                if (!confirmed.IsSuccess)
                {
                    LogAmountMismatch(order.Id);
                    return PaymentEventOutcome.Rejected;
                }

                await RecordLedgerAsync(order, LedgerKind.Charge, order.Due, payment.PaymentIntentId ?? payment.SessionId ?? payment.Id, now, cancellationToken);
                return confirmed.Value ? PaymentEventOutcome.Applied : PaymentEventOutcome.Ignored;

            case PaymentEventTypes.AsyncPaymentFailed:
                return order.Lapse(OrderStatus.Failed, now) ? PaymentEventOutcome.Applied : PaymentEventOutcome.Ignored;

            case PaymentEventTypes.CheckoutExpired:
                return order.Lapse(OrderStatus.Expired, now) ? PaymentEventOutcome.Applied : PaymentEventOutcome.Ignored;

            case PaymentEventTypes.ChargeRefunded when payment.FullyRefunded:
                var refunded = order.RecordExternalRefund(now);
                if (order.Status == OrderStatus.Refunded)
                {
                    await RecordLedgerAsync(order, LedgerKind.Refund, order.Due, payment.PaymentIntentId ?? payment.Id, now, cancellationToken);
                }

                return refunded ? PaymentEventOutcome.Applied : PaymentEventOutcome.Ignored;

            default:
                return PaymentEventOutcome.Ignored;
        }
    }

    /// <summary>Adds the order's charge or refund to the ledger unless it is already there.</summary>
    internal static async Task RecordLedgerAsync(ILabourHubDbContext db, ServiceOrder order, LedgerKind kind, Money amount, string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = db.PaymentLedger.Local.Any(e => e.OrderId == order.Id && e.Kind == kind)
            || await db.PaymentLedger.AnyAsync(e => e.OrderId == order.Id && e.Kind == kind, cancellationToken);
        if (!recorded)
        {
            db.PaymentLedger.Add(new PaymentLedgerEntry(order.Id, kind, amount, reference, now));
        }
    }

    private Task RecordLedgerAsync(ServiceOrder order, LedgerKind kind, Money amount, string reference, DateTimeOffset now, CancellationToken cancellationToken) =>
        RecordLedgerAsync(db, order, kind, amount, reference, now, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment event {Type} already processed; acknowledged without change")]
    private partial void LogDuplicate(string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment event {Type}: {Outcome} for order {OrderId}")]
    private partial void LogApplied(string type, PaymentEventOutcome outcome, Guid? orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment for order {OrderId} does not match the amount due; left unpaid for an administrator")]
    private partial void LogAmountMismatch(Guid orderId);
}
