using System.Globalization;
using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Support;

/// <summary>A service an SME can buy (permit-filing help, diploma translation, a training seat, interpreter hours).</summary>
public sealed class ServiceOffering
{
    private ServiceOffering()
    {
        Code = string.Empty;
        Unit = string.Empty;
    }

    public ServiceOffering(string code, Money unitPrice, string unit, int maxQuantity)
    {
        Code = code;
        UnitPrice = unitPrice;
        Unit = unit;
        MaxQuantity = maxQuantity;
        Active = true;
    }

    /// <summary>Stable code; titles and descriptions are resources "Service.{Code}.Title" in four languages.</summary>
    public string Code { get; private set; }

    public Money UnitPrice { get; private set; }

    /// <summary>"case", "document", "seat" or "hour".</summary>
    public string Unit { get; private set; }

    public int MaxQuantity { get; private set; }
    public bool Active { get; private set; }
}

/// <summary>What a programme voucher covers of a price: whole kuruş, rounded down, never more than the allowance left.</summary>
public readonly record struct VoucherQuote(Money Total, Money Covered, Money Due)
{
    public static VoucherQuote None(Money total) => new(total, Money.Zero, total);

    public static VoucherQuote For(Money total, int sharePercent, Money allowanceLeft)
    {
        if (sharePercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(sharePercent));
        }

        var share = checked(total.Kurus * sharePercent) / 100; // integer division: the voucher never pays a fraction of a kuruş
        var covered = Math.Min(share, allowanceLeft.Kurus);
        return new VoucherQuote(total, Money.FromKurus(covered), Money.FromKurus(total.Kurus - covered));
    }
}

public enum OrderStatus
{
    /// <summary>Waiting for Stripe to confirm the payment (through a verified webhook, never the browser's return).</summary>
    AwaitingPayment = 0,

    /// <summary>The Checkout Session expired unpaid; the voucher share is released.</summary>
    Expired = 1,

    /// <summary>A delayed payment method failed.</summary>
    Failed = 2,

    Paid = 3,
    Refunded = 4,
}

/// <summary>
/// An SME's order of a service. The price is fixed when ordered; a programme voucher may cover part of it. Status only
/// moves forward (awaiting → expired/failed → paid → refunded), so an event that arrives late or twice cannot undo a
/// later state.
/// </summary>
public sealed class ServiceOrder
{
    private ServiceOrder()
    {
        ServiceCode = string.Empty;
        OrderedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public string OrderedBy { get; private set; }
    public string ServiceCode { get; private set; }
    public int Quantity { get; private set; }
    public Money UnitPrice { get; private set; }
    public Money Total { get; private set; }
    public Money VoucherAmount { get; private set; }
    public Money Due { get; private set; }

    /// <summary>The awarded application whose programme voucher pays <see cref="VoucherAmount"/>.</summary>
    public Guid? VoucherApplicationId { get; private set; }

    public OrderStatus Status { get; private set; }
    public string? CheckoutSessionId { get; private set; }
    public string? PaymentIntentId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? RefundedBy { get; private set; }
    public string? ReceiptNumber { get; private set; }
    public int Version { get; private set; }

    /// <summary>Whether the voucher share still counts against the allowance (released when expired, failed or refunded).</summary>
    public bool HoldsVoucher => Status is OrderStatus.AwaitingPayment or OrderStatus.Paid;

    public static Result<ServiceOrder> Place(EmployerId employerId, string orderedBy, ServiceOffering offering, int quantity, Guid? voucherApplicationId, Func<Money, VoucherQuote> quote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderedBy);
        if (!offering.Active)
        {
            return Result<ServiceOrder>.Failure("order.service_unavailable");
        }

        if (quantity < 1 || quantity > offering.MaxQuantity)
        {
            return Result<ServiceOrder>.Failure("order.quantity");
        }

        var total = Money.FromKurus(checked(offering.UnitPrice.Kurus * quantity));
        var priced = quote(total);
        if (priced.Total != total || priced.Covered + priced.Due != total)
        {
            throw new InvalidOperationException("A voucher quote must split the order's total exactly.");
        }

        var order = new ServiceOrder
        {
            Id = Guid.CreateVersion7(),
            EmployerId = employerId,
            OrderedBy = orderedBy,
            ServiceCode = offering.Code,
            Quantity = quantity,
            UnitPrice = offering.UnitPrice,
            Total = total,
            VoucherAmount = priced.Covered,
            Due = priced.Due,
            VoucherApplicationId = priced.Covered.Kurus > 0 ? voucherApplicationId : null,
            Status = OrderStatus.AwaitingPayment,
            CreatedAt = now,
            Version = 1,
        };
        if (order.Due.Kurus == 0)
        {
            order.MarkPaid(now); // the voucher pays it all: nothing to charge
        }

        return Result<ServiceOrder>.Success(order);
    }

    /// <summary>Remembers the Checkout Session; never changes the status, which only verified events move.</summary>
    public void AttachCheckout(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        CheckoutSessionId ??= sessionId;
        Version++;
    }

    /// <summary>Records Stripe's confirmation. False when the order is already paid or later (a duplicate or late event).</summary>
    public Result<bool> ConfirmPayment(string? sessionId, string? paymentIntentId, long amountKurus, DateTimeOffset at)
    {
        if (Status >= OrderStatus.Paid)
        {
            return Result<bool>.Success(false);
        }

        if (amountKurus != Due.Kurus)
        {
            return Result<bool>.Failure("order.amount_mismatch");
        }

        CheckoutSessionId ??= sessionId;
        PaymentIntentId ??= paymentIntentId;
        MarkPaid(at);
        return Result<bool>.Success(true);
    }

    /// <summary>The session expired or the delayed payment failed; only an order still awaiting payment moves.</summary>
    public bool Lapse(OrderStatus outcome, DateTimeOffset at)
    {
        if (outcome is not (OrderStatus.Expired or OrderStatus.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        if (Status != OrderStatus.AwaitingPayment)
        {
            return false;
        }

        Status = outcome;
        ClosedAt = at;
        Version++;
        return true;
    }

    public Result<bool> Refund(string administratorUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administratorUserId);
        if (Status == OrderStatus.Refunded)
        {
            return Result<bool>.Success(false);
        }

        if (Status != OrderStatus.Paid)
        {
            return Result<bool>.Failure("order.not_paid");
        }

        Status = OrderStatus.Refunded;
        RefundedBy = administratorUserId;
        ClosedAt = at;
        Version++;
        return Result<bool>.Success(true);
    }

    /// <summary>Stripe reported the charge refunded (for example from its dashboard): recorded without an administrator.</summary>
    public bool RecordExternalRefund(DateTimeOffset at)
    {
        if (Status != OrderStatus.Paid)
        {
            return false;
        }

        Status = OrderStatus.Refunded;
        RefundedBy = "stripe";
        ClosedAt = at;
        Version++;
        return true;
    }

    private void MarkPaid(DateTimeOffset at)
    {
        Status = OrderStatus.Paid;
        PaidAt = at;
        ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"LH-{at:yyyyMMdd}-{Id.ToString("N")[^8..].ToUpperInvariant()}");
        Version++;
    }
}

public enum LedgerKind
{
    Charge = 0,
    Refund = 1,
}

/// <summary>Money that moved for an order. At most one charge and one refund per order (unique in storage).</summary>
public sealed class PaymentLedgerEntry
{
    private PaymentLedgerEntry()
    {
        Reference = string.Empty;
    }

    public PaymentLedgerEntry(Guid orderId, LedgerKind kind, Money amount, string reference, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        Kind = kind;
        Amount = amount;
        Reference = reference;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public LedgerKind Kind { get; private set; }
    public Money Amount { get; private set; }

    /// <summary>Stripe's object id (payment intent, refund) or "voucher".</summary>
    public string Reference { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>A webhook event already handled: Stripe retries for days, so each event id is applied once.</summary>
public sealed class ProcessedPaymentEvent
{
    private ProcessedPaymentEvent()
    {
        EventId = string.Empty;
        Type = string.Empty;
        Outcome = string.Empty;
    }

    public ProcessedPaymentEvent(string eventId, string type, string outcome, DateTimeOffset receivedAt)
    {
        EventId = eventId;
        Type = type;
        Outcome = outcome;
        ReceivedAt = receivedAt;
    }

    public string EventId { get; private set; }
    public string Type { get; private set; }
    public string Outcome { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
}
