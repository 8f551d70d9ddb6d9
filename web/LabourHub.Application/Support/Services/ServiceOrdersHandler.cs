using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Application.Support.Payments;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourHub.Application.Support.Services;

/// <summary>
/// The services catalogue and its orders: prices with the voucher share an awarded programme covers, Checkout through
/// the payment gateway, the buyer's orders and receipts, and refunds by an administrator. Only the verified webhook
/// (see <see cref="PaymentEventsHandler"/>) marks an order paid; the browser's return merely shows the order.
/// </summary>
public sealed partial class ServiceOrdersHandler(ILabourHubDbContext db, IPaymentGateway gateway, TimeProvider clock, ILogger<ServiceOrdersHandler> logger)
{
    public bool PaymentsConfigured => gateway.IsConfigured;

    public async Task<CatalogueView> CatalogueAsync(string userId, CancellationToken cancellationToken)
    {
        var employer = await EmployerOfAsync(userId, cancellationToken);
        var voucher = employer is { } id ? await VoucherForAsync(id, cancellationToken) : null;
        var offerings = await db.ServiceOfferings.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var rows = offerings
            .Select(s => new CatalogueRow(s.Code, s.Unit, s.UnitPrice, s.MaxQuantity, Quote(s.UnitPrice, voucher)))
            .ToList();
        return new CatalogueView(employer is not null, gateway.IsConfigured, voucher, rows);
    }

    /// <summary>Places an order and, when something is left to pay, opens a Checkout Session for it.</summary>
    public async Task<OrderPlaced> OrderAsync(string userId, string serviceCode, int quantity, CheckoutUrls urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (await EmployerOfAsync(userId, cancellationToken) is not { } employerId)
        {
            return OrderPlaced.Failed("order.no_business");
        }

        var offering = await db.ServiceOfferings.FirstOrDefaultAsync(s => s.Code == serviceCode, cancellationToken);
        if (offering is null)
        {
            return OrderPlaced.Failed("order.service_unavailable");
        }

        var voucher = await VoucherForAsync(employerId, cancellationToken);
        var placed = ServiceOrder.Place(employerId, userId, offering, quantity, voucher?.ApplicationId, total => Quote(total, voucher), clock.GetUtcNow());
        if (!placed.IsSuccess)
        {
            return OrderPlaced.Failed(placed.Error!.Code);
        }

        var order = placed.Value;
        if (order.Due.Kurus > 0 && !gateway.IsConfigured)
        {
            return OrderPlaced.Failed("payments.not_configured");
        }

        if (order.VoucherApplicationId is { } applicationId)
        {
            // Touching the awarded application's version serialises voucher spending: two orders racing for the
            // last of an allowance cannot both be saved.
            var application = await db.GrantApplications.FirstAsync(a => a.Id == applicationId, cancellationToken);
            db.GrantApplications.Entry(application).Property(a => a.Version).CurrentValue = application.Version + 1;
        }

        db.ServiceOrders.Add(order);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return OrderPlaced.Failed("order.voucher_changed");
        }

        if (order.Due.Kurus == 0)
        {
            LogPaidByVoucher(order.Id);
            return new OrderPlaced(order.Id, null, null);
        }

        CheckoutStarted started;
        try
        {
            started = await gateway.StartCheckoutAsync(
                new CheckoutRequest(order.Id, $"{offering.Code} x{quantity}", order.Due.Kurus, urls.Success(order.Id), urls.Cancel(order.Id), urls.Locale),
                cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or PaymentProviderException)
        {
            LogCheckoutFailed(order.Id, exception.GetType().Name);
            await LapseAsync(order.Id, cancellationToken);
            return OrderPlaced.Failed("payments.unavailable");
        }

        await AttachCheckoutAsync(order.Id, started.SessionId, cancellationToken);
        return new OrderPlaced(order.Id, started.RedirectUrl, null);
    }

    public async Task<PagedResult<OrderRow>> MyOrdersAsync(string userId, int page, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        return await PageAsync(db.ServiceOrders.AsNoTracking().Where(o => mine.Contains(o.EmployerId)), page, cancellationToken);
    }

    public async Task<PagedResult<OrderRow>> AllOrdersAsync(int page, CancellationToken cancellationToken) =>
        await PageAsync(db.ServiceOrders.AsNoTracking(), page, cancellationToken);

    /// <summary>One of the caller's orders, with its ledger; null when it is not theirs.</summary>
    public async Task<OrderView?> MyOrderAsync(string userId, Guid orderId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        var order = await db.ServiceOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && mine.Contains(o.EmployerId), cancellationToken);
        return order is null ? null : await ViewAsync(order, cancellationToken);
    }

    public async Task<OrderView?> AnyOrderAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.ServiceOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is null ? null : await ViewAsync(order, cancellationToken);
    }

    /// <summary>An administrator refunds a paid order in full. Returns an error code, or null when refunded.</summary>
    public async Task<string?> RefundAsync(string administratorUserId, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.ServiceOrders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return "order.not_found";
        }

        if (order.Status != OrderStatus.Paid)
        {
            return order.Status == OrderStatus.Refunded ? null : "order.not_paid";
        }

        var reference = "voucher";
        if (order.Due.Kurus > 0)
        {
            if (!gateway.IsConfigured || order.PaymentIntentId is null)
            {
                return "payments.not_configured";
            }

            try
            {
                reference = await gateway.RefundAsync(order.PaymentIntentId, order.Due.Kurus, $"refund-{order.Id:N}", cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or PaymentProviderException)
            {
                LogRefundFailed(order.Id, exception.GetType().Name);
                return "payments.refund_failed";
            }
        }

        var now = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            if (order.Refund(administratorUserId, now) is { IsSuccess: false } refused)
            {
                return refused.Error!.Code;
            }

            await PaymentEventsHandler.RecordLedgerAsync(db, order, LedgerKind.Refund, order.Due, reference, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogRefunded(order.Id);
                return null;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The provider's own refund event got here first: reload and record only what is missing.
                db.DiscardChanges();
                order = await db.ServiceOrders.FirstAsync(o => o.Id == orderId, cancellationToken);
            }
        }
    }

    private async Task AttachCheckoutAsync(Guid orderId, string sessionId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.ServiceOrders.FirstAsync(o => o.Id == orderId, cancellationToken);
            order.AttachCheckout(sessionId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // The webhook confirmed the payment while the session was being created: keep its state, add the id.
                db.DiscardChanges();
            }
        }
    }

    private async Task LapseAsync(Guid orderId, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var order = await db.ServiceOrders.FirstAsync(o => o.Id == orderId, cancellationToken);
        order.Lapse(OrderStatus.Failed, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrderView> ViewAsync(ServiceOrder order, CancellationToken cancellationToken)
    {
        var ledger = await db.PaymentLedger.AsNoTracking().Where(e => e.OrderId == order.Id).OrderBy(e => e.RecordedAt)
            .Select(e => new LedgerRow(e.Kind, e.Amount, e.Reference, e.RecordedAt)).ToListAsync(cancellationToken);
        var business = await db.Employers.AsNoTracking().Where(e => e.Id == order.EmployerId).Select(e => e.Name).FirstAsync(cancellationToken);
        return new OrderView(Row(order), business, ledger);
    }

    private static async Task<PagedResult<OrderRow>> PageAsync(IQueryable<ServiceOrder> orders, int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        var total = await orders.CountAsync(cancellationToken);
        var items = await orders.OrderByDescending(o => o.CreatedAt).Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize).ToListAsync(cancellationToken);
        return new PagedResult<OrderRow>([.. items.Select(Row)], total, page, Paging.DefaultPageSize);
    }

    private static OrderRow Row(ServiceOrder o) =>
        new(o.Id, o.ServiceCode, o.Quantity, o.UnitPrice, o.Total, o.VoucherAmount, o.Due, o.Status, o.CreatedAt, o.PaidAt, o.ReceiptNumber);

    private async Task<EmployerId?> EmployerOfAsync(string userId, CancellationToken cancellationToken) =>
        await CallerBusinesses.Of(db, userId).Select(id => (EmployerId?)id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The voucher with the most allowance left among the business's awarded programmes, if any.</summary>
    public async Task<VoucherView?> VoucherForAsync(EmployerId employerId, CancellationToken cancellationToken)
    {
        var awarded = await (from a in db.GrantApplications.AsNoTracking()
                             join p in db.SupportProgrammes.AsNoTracking() on a.ProgrammeId equals p.Id
                             where a.EmployerId == employerId && a.Status == GrantStatus.Awarded && p.VoucherSharePercent > 0
                             select new { a.Id, p.Name, p.VoucherSharePercent, p.VoucherAllowance })
            .ToListAsync(cancellationToken);
        VoucherView? best = null;
        foreach (var a in awarded)
        {
            var held = await db.ServiceOrders.AsNoTracking()
                .Where(o => o.VoucherApplicationId == a.Id && (o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.Paid))
                .Select(o => o.VoucherAmount)
                .ToListAsync(cancellationToken);
            var spent = held.Sum(m => m.Kurus);
            var left = Money.FromKurus(Math.Max(0, a.VoucherAllowance.Kurus - spent));
            if (best is null || left > best.Left)
            {
                best = new VoucherView(a.Id, a.Name, a.VoucherSharePercent, a.VoucherAllowance, left);
            }
        }

        return best;
    }

    private static VoucherQuote Quote(Money total, VoucherView? voucher) =>
        voucher is null ? VoucherQuote.None(total) : VoucherQuote.For(total, voucher.SharePercent, voucher.Left);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} paid in full by a programme voucher")]
    private partial void LogPaidByVoucher(Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkout for order {OrderId} could not start ({Error}); order marked failed")]
    private partial void LogCheckoutFailed(Guid orderId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refund of order {OrderId} failed at the provider ({Error})")]
    private partial void LogRefundFailed(Guid orderId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} refunded")]
    private partial void LogRefunded(Guid orderId);
}

/// <summary>The provider refused a call (bad key, invalid request); the message stays in the provider adapter's log.</summary>
public sealed class PaymentProviderException(string message, Exception? inner = null) : Exception(message, inner);

public sealed record CheckoutUrls(Func<Guid, string> Success, Func<Guid, string> Cancel, string Locale);

public sealed record OrderPlaced(Guid? OrderId, Uri? CheckoutUrl, string? Problem)
{
    public static OrderPlaced Failed(string problem) => new(null, null, problem);
}

public sealed record VoucherView(Guid ApplicationId, string ProgrammeName, int SharePercent, Money Allowance, Money Left);

public sealed record CatalogueRow(string Code, string Unit, Money UnitPrice, int MaxQuantity, VoucherQuote OneUnit);

public sealed record CatalogueView(bool HasBusiness, bool PaymentsConfigured, VoucherView? Voucher, IReadOnlyList<CatalogueRow> Services);

public sealed record OrderRow(Guid Id, string ServiceCode, int Quantity, Money UnitPrice, Money Total, Money Voucher, Money Due, OrderStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, string? ReceiptNumber);

public sealed record LedgerRow(LedgerKind Kind, Money Amount, string Reference, DateTimeOffset RecordedAt);

public sealed record OrderView(OrderRow Order, string BusinessName, IReadOnlyList<LedgerRow> Ledger);
