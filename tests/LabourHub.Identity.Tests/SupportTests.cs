using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Application.Support.Grants;
using LabourHub.Application.Support.Services;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workflow;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LabourHub.Identity.Tests;

/// <summary>
/// The SME support portal over real HTTP: programmes, the pre-check, applications with documents, review and award,
/// milestone instalments from verified hires; services bought through Stripe Checkout (a loopback fake of Stripe's API)
/// with vouchers; webhooks signed with the test secret, forged, stale, repeated and out of order; refunds.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Support")]
public sealed partial class SupportTests(IdentityPortalFactory portal)
{
    private const string OwnerPassword = "supporting formal jobs";

    [Fact]
    public async Task A_business_applies_is_reviewed_and_awarded_and_each_milestone_is_released_exactly_once_when_verified_hires_reach_it()
    {
        var (admin, _) = await WorkerJourney.StaffAsync(portal, Roles.Admin);
        var name = $"Kayıtlı İstihdam Hibesi {Guid.NewGuid():N}"[..40];
        var created = await PostFormAsync(admin, "/admin/programmes/new", "/admin/programmes/new",
            ("Name", name), ("MinHeadcount", "1"), ("MaxHeadcount", "500"), ("MinRefugeeSharePercent", "50"),
            ("BudgetLira", "250000"), ("CallOpens", Iso(Today.AddDays(-1))), ("CallCloses", Iso(Today.AddDays(60))),
            ("Checklist", "Vergi levhası\nSGK borcu yoktur yazısı"), ("VoucherSharePercent", "70"), ("VoucherAllowanceLira", "5000"),
            ("MilestoneHires[0]", "0"), ("MilestoneShares[0]", "40"), ("MilestoneHires[1]", "2"), ("MilestoneShares[1]", "60"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programmeId = await ProgrammeIdAsync(name);

        // Shares that do not add up to 100 are refused with the reason, and nothing is saved.
        var refused = await PostFormAsync(admin, "/admin/programmes/new", "/admin/programmes/new",
            ("Name", name + " 2"), ("BudgetLira", "1000"), ("CallOpens", Iso(Today)), ("CallCloses", Iso(Today.AddDays(5))),
            ("MilestoneHires[0]", "1"), ("MilestoneShares[0]", "50"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("100", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (owner, employerId) = await OwnerAsync(verified: true);
        var home = await owner.GetStringAsync("/employer/support");
        Assert.Contains(name, home, StringComparison.Ordinal);
        Assert.Contains($"/employer/support/programmes/{programmeId}/apply", home, StringComparison.Ordinal);

        // The refugee share is checked on the form: 1 of 3 planned hires is below the programme's 50 %.
        var tooFew = await PostFormAsync(owner, $"/employer/support/programmes/{programmeId}/apply", $"/employer/support/programmes/{programmeId}/apply",
            ("PlannedHires", "3"), ("PlannedRefugeeHires", "1"), ("BudgetItems[0]", "Oryantasyon eğitimi"), ("BudgetAmounts[0]", "6000"));
        Assert.Equal(HttpStatusCode.BadRequest, tooFew.StatusCode);
        Assert.Contains("%50", WebUtility.HtmlDecode(await tooFew.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var applied = await PostFormAsync(owner, $"/employer/support/programmes/{programmeId}/apply", $"/employer/support/programmes/{programmeId}/apply",
            ("PlannedHires", "2"), ("PlannedRefugeeHires", "2"), ("Summary", "İki kaynakçı kayıtlı olarak işe alınacak."),
            ("BudgetItems[0]", "Oryantasyon eğitimi"), ("BudgetAmounts[0]", "6000.01"), ("BudgetItems[1]", "İş güvenliği ekipmanı"), ("BudgetAmounts[1]", "4000"));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var applicationId = Guid.Parse(applied.Headers.Location!.OriginalString.Split('/')[4].Split('?')[0]);

        // Sending before the documents are uploaded tells the business what is missing.
        var early = await PostFormAsync(owner, $"/employer/support/applications/{applicationId}", $"/employer/support/applications/{applicationId}/submit");
        Assert.Contains("problem=grant.documents_missing", early.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(owner, applicationId, "Vergi levhası", SampleFiles.Pdf("Vergi levhasi 2026"))).StatusCode);
        Assert.Contains("problem=document.type", (await UploadAsync(owner, applicationId, "SGK borcu yoktur yazısı", SampleFiles.Executable())).Headers.Location!.OriginalString, StringComparison.Ordinal);
        await UploadAsync(owner, applicationId, "SGK borcu yoktur yazısı", SampleFiles.Pdf("SGK borcu yoktur"));
        Assert.Contains("submitted=1", (await PostFormAsync(owner, $"/employer/support/applications/{applicationId}", $"/employer/support/applications/{applicationId}/submit")).Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Case workers review before awarding; the award is what they decide (10,000.01 ₺ here, so the rounding shows).
        var (caseWorker, _) = await WorkerJourney.CaseWorkerAsync(portal);
        var detailUrl = $"/caseworker/grants/{applicationId}";
        Assert.Contains("problem=grant.needs_review", (await DecideAsync(caseWorker, applicationId, "award", ("amount", "10000.01"))).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("done=1", (await DecideAsync(caseWorker, applicationId, "review", ("score", "4"), ("comment", "Belgeler tam, plan gerçekçi."))).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("problem=grant.award_amount", (await DecideAsync(caseWorker, applicationId, "award", ("amount", "10000.02"))).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("done=1", (await DecideAsync(caseWorker, applicationId, "award", ("amount", "10000.01"))).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Belgeler tam", await caseWorker.GetStringAsync(detailUrl), StringComparison.Ordinal);
        Assert.DoesNotContain("Belgeler tam", await owner.GetStringAsync($"/employer/support/applications/{applicationId}"), StringComparison.Ordinal); // reviews stay internal

        // The first milestone needs no hire: released at the first run, and only once however often the tracker runs.
        // (The tracker looks at every awarded application; the counts below are this application's.)
        await TrackAsync();
        await TrackAsync();
        Assert.Equal([1], (await InstalmentsAsync(applicationId)).Select(i => i.MilestoneSequence));
        await VerifiedHireAsync(employerId);
        await TrackAsync();
        await VerifiedHireAsync(employerId, active: false); // offered but not yet working: does not count
        await TrackAsync();
        Assert.Single(await InstalmentsAsync(applicationId));
        await VerifiedHireAsync(employerId);

        // Trackers racing (several worker processes, say) release the second milestone once between them.
        await Task.WhenAll(TrackAsync(), TrackAsync(), TrackAsync());
        await TrackAsync();
        var instalments = await InstalmentsAsync(applicationId);
        Assert.Equal([1, 2], instalments.Select(i => i.MilestoneSequence).Order());
        Assert.Equal(400_000, instalments.Single(i => i.MilestoneSequence == 1).Amount.Kurus);
        Assert.Equal(600_001, instalments.Single(i => i.MilestoneSequence == 2).Amount.Kurus); // the last takes the remainder
        Assert.Equal(1_000_001, instalments.Sum(i => i.Amount.Kurus));
        var ownerView = await owner.GetStringAsync($"/employer/support/applications/{applicationId}");
        var table = ownerView[ownerView.IndexOf("Taksitler", StringComparison.Ordinal)..];
        Assert.Contains("4.000,00 ₺", table, StringComparison.Ordinal);
        Assert.Contains("6.000,01 ₺", table, StringComparison.Ordinal);
        Assert.DoesNotContain("henüz değil", table, StringComparison.Ordinal);

        // Another business cannot see the application or its documents.
        var (stranger, _) = await OwnerAsync(verified: true);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/employer/support/applications/{applicationId}")).StatusCode);
    }

    [Fact]
    public async Task The_pre_check_lists_every_reason_a_business_may_not_apply()
    {
        var programme = await ProgrammeAsync(p => p with { MinHeadcount = 20, MaxHeadcount = 50, Provinces = [27, 63], NaceSections = ["C"] });
        var (owner, _) = await OwnerAsync(verified: false, turkishHeadcount: 5, province: 34, section: "G");
        var page = WebUtility.HtmlDecode(await owner.GetStringAsync("/employer/support"));
        var card = page[page.IndexOf(programme.Name, StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("doğrulanmalı", card, StringComparison.Ordinal);           // not verified
        Assert.Contains("en az 20 çalışanı", card, StringComparison.Ordinal);      // headcount
        Assert.Contains("ilinizi kapsamıyor", card, StringComparison.Ordinal);     // province
        Assert.Contains("şu sektörler içindir: C", card, StringComparison.Ordinal); // sector
        Assert.DoesNotContain("/apply", card, StringComparison.Ordinal);

        // Posting the form anyway is refused with the first reason; nothing is saved.
        var forced = await PostFormAsync(owner, "/employer/support", $"/employer/support/programmes/{programme.Id}/apply",
            ("PlannedHires", "1"), ("PlannedRefugeeHires", "1"), ("BudgetItems[0]", "x"), ("BudgetAmounts[0]", "10"));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().GrantApplications.AnyAsync(a => a.ProgrammeId == programme.Id));
    }

    [Fact]
    public async Task A_forged_signature_or_a_stale_timestamp_gets_400_and_changes_nothing_and_the_browser_return_never_marks_paid()
    {
        var (owner, _) = await OwnerAsync(verified: true);
        var (orderId, checkout) = await BuyAsync(owner, "diploma-translation", 2);
        Assert.StartsWith("https://checkout.stripe.com/c/pay/cs_test_", checkout, StringComparison.Ordinal);
        var session = FakeStripeApi.Shared.Sessions[orderId];
        Assert.Equal(170_000, session.Amount); // 2 × 850.00 ₺ in kuruş
        Assert.Equal("try", session.Currency);
        Assert.Equal(orderId.ToString(), session.IntentMetadata);

        // Coming back from Checkout shows the order, still waiting: only Stripe's verified word marks it paid.
        var returned = await owner.GetStringAsync($"/employer/services/orders/{orderId}?returned=1");
        Assert.Contains("Stripe", returned, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.AwaitingPayment, (await OrderAsync(orderId)).Status);

        var body = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
        var webhook = portal.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow, "whsec_someone_else"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripeApi.DeliverAsync(webhook, body, null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripeApi.DeliverAsync(webhook, body.Replace("\"paid\"", "\"paid\" ", StringComparison.Ordinal), FakeStripeApi.Sign(body, DateTimeOffset.UtcNow))).StatusCode); // body changed after signing
        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow.AddMinutes(-6)))).StatusCode); // stale
        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow.AddMinutes(6)))).StatusCode); // from the future
        var order = await OrderAsync(orderId);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Empty(await LedgerAsync(orderId));
        Assert.False(await ProcessedAsync(body));

        // The same event properly signed within the tolerance is applied.
        Assert.Equal(HttpStatusCode.OK, (await FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow.AddMinutes(-4)))).StatusCode);
        Assert.Equal(OrderStatus.Paid, (await OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_makes_one_ledger_entry()
    {
        var (owner, _) = await OwnerAsync(verified: true);
        var (orderId, _) = await BuyAsync(owner, "interpreter-hour", 3);
        var session = FakeStripeApi.Shared.Sessions[orderId];
        var body = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
        var webhook = portal.CreateClient();

        var first = await FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow));
        var retries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FakeStripeApi.DeliverAsync(webhook, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow))));
        Assert.All(retries.Append(first), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("Applied", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(retries, r => Assert.Contains("Duplicate", r.Content.ReadAsStringAsync().Result, StringComparison.Ordinal));

        var ledger = await LedgerAsync(orderId);
        var charge = Assert.Single(ledger);
        Assert.Equal((LedgerKind.Charge, 180_000L, session.PaymentIntent), (charge.Kind, charge.Amount.Kurus, charge.Reference));

        // A different event about the same payment (Stripe sends succeeded after completed for some methods) adds nothing either.
        var again = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.async_payment_succeeded", session, "paid");
        Assert.Equal(HttpStatusCode.OK, (await FakeStripeApi.DeliverAsync(webhook, again, FakeStripeApi.Sign(again, DateTimeOffset.UtcNow))).StatusCode);
        Assert.Single(await LedgerAsync(orderId));
        var receipt = await owner.GetStringAsync($"/employer/services/orders/{orderId}");
        Assert.Matches(ReceiptNumberPattern(), receipt);
    }

    [Fact]
    public async Task Completion_delivered_before_the_session_is_even_answered_ends_paid_and_later_events_never_move_it_back()
    {
        var (owner, _) = await OwnerAsync(verified: true);
        var webhook = portal.CreateClient();
        string? early = null;
        var page = await owner.GetStringAsync("/employer/services");

        // Stripe's completion overtakes the API's reply to "create session": the order must still end paid, with its session id.
        var orderId = await OrderWithHookAsync(owner, page, "permit-filing", 1, async session =>
        {
            early = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
            var delivered = await FakeStripeApi.DeliverAsync(webhook, early, FakeStripeApi.Sign(early, DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        });
        Assert.NotNull(early);
        var order = await OrderAsync(orderId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(FakeStripeApi.Shared.Sessions[orderId].Id, order.CheckoutSessionId);

        // An expiry that arrives late, and a replay of an older "unpaid" completion, leave it paid.
        var session = FakeStripeApi.Shared.Sessions[orderId];
        foreach (var late in new[]
        {
            FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.expired", session, "unpaid"),
            FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.async_payment_failed", session, "unpaid"),
            FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "unpaid"),
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await FakeStripeApi.DeliverAsync(webhook, late, FakeStripeApi.Sign(late, DateTimeOffset.UtcNow))).StatusCode);
        }

        Assert.Equal(OrderStatus.Paid, (await OrderAsync(orderId)).Status);
        Assert.Single(await LedgerAsync(orderId));

        // A completion for a different amount than the order's is not taken as payment.
        var (otherId, _) = await BuyAsync(owner, "training-seat", 1);
        var other = FakeStripeApi.Shared.Sessions[otherId];
        var wrong = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", other, "paid", amount: 100);
        Assert.Contains("Rejected", await (await FakeStripeApi.DeliverAsync(webhook, wrong, FakeStripeApi.Sign(wrong, DateTimeOffset.UtcNow))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.AwaitingPayment, (await OrderAsync(otherId)).Status);
    }

    [Fact]
    public async Task An_administrator_refunds_a_paid_order_once_and_the_refund_event_adds_nothing()
    {
        var (owner, _) = await OwnerAsync(verified: true);
        var (orderId, _) = await BuyAsync(owner, "diploma-translation", 1);
        var session = FakeStripeApi.Shared.Sessions[orderId];
        var webhook = portal.CreateClient();
        var paid = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
        await FakeStripeApi.DeliverAsync(webhook, paid, FakeStripeApi.Sign(paid, DateTimeOffset.UtcNow));

        // The business cannot refund itself; an administrator can.
        var denied = await PostFormAsync(owner, $"/employer/services/orders/{orderId}", $"/admin/payments/{orderId}/refund");
        Assert.Contains("denied", denied.Headers.Location?.OriginalString ?? denied.StatusCode.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OrderStatus.Paid, (await OrderAsync(orderId)).Status);
        Assert.DoesNotContain(FakeStripeApi.Shared.Refunds, r => r.PaymentIntent == session.PaymentIntent);
        var (admin, _) = await WorkerJourney.StaffAsync(portal, Roles.Admin);
        var refunded = await PostFormAsync(admin, $"/admin/payments/{orderId}", $"/admin/payments/{orderId}/refund");
        Assert.Contains("refunded=1", refunded.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var asked = Assert.Single(FakeStripeApi.Shared.Refunds, r => r.PaymentIntent == session.PaymentIntent);
        Assert.Equal((85_000L, $"refund-{orderId:N}"), (asked.Amount, asked.IdempotencyKey));

        var refundEvent = FakeStripeApi.ChargeRefundedEvent($"evt_{Guid.NewGuid():N}", session);
        Assert.Equal(HttpStatusCode.OK, (await FakeStripeApi.DeliverAsync(webhook, refundEvent, FakeStripeApi.Sign(refundEvent, DateTimeOffset.UtcNow))).StatusCode);
        Assert.Contains("refunded=1", (await PostFormAsync(admin, $"/admin/payments/{orderId}", $"/admin/payments/{orderId}/refund")).Headers.Location!.OriginalString, StringComparison.Ordinal); // again: nothing more
        Assert.Single(FakeStripeApi.Shared.Refunds, r => r.PaymentIntent == session.PaymentIntent);

        Assert.Equal(OrderStatus.Refunded, (await OrderAsync(orderId)).Status);
        var ledger = await LedgerAsync(orderId);
        Assert.Equal([LedgerKind.Charge, LedgerKind.Refund], ledger.Select(e => e.Kind).Order());
        Assert.All(ledger, e => Assert.Equal(85_000, e.Amount.Kurus));

        // A completion replayed after the refund cannot make it paid again.
        var replay = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
        await FakeStripeApi.DeliverAsync(webhook, replay, FakeStripeApi.Sign(replay, DateTimeOffset.UtcNow));
        Assert.Equal(OrderStatus.Refunded, (await OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task An_awarded_programme_voucher_pays_its_share_in_whole_kurus_up_to_the_allowance()
    {
        var programme = await ProgrammeAsync(p => p with { VoucherSharePercent = 33, VoucherAllowance = Money.FromKurus(300_000) });
        var (owner, employerId) = await OwnerAsync(verified: true);
        await AwardedAsync(programme, employerId);

        Assert.Contains("33", await owner.GetStringAsync("/employer/services"), StringComparison.Ordinal);

        // 3 × 850.00 ₺ = 2,550.00 ₺; 33 % is 841.50 ₺, within the 3,000.00 ₺ allowance.
        var (first, _) = await BuyAsync(owner, "diploma-translation", 3);
        var order = await OrderAsync(first);
        Assert.Equal((255_000L, 84_150L, 170_850L), (order.Total.Kurus, order.VoucherAmount.Kurus, order.Due.Kurus));
        Assert.Equal(170_850, FakeStripeApi.Shared.Sessions[first].Amount); // Stripe is asked only for what is due

        // 4,200.00 ₺ × 33 % = 1,386.00 ₺, but only 2,158.50 ₺ of the allowance is left after the first order... then 772.50 ₺.
        var (second, _) = await BuyAsync(owner, "training-seat", 1);
        Assert.Equal(138_600, (await OrderAsync(second)).VoucherAmount.Kurus);
        var (third, _) = await BuyAsync(owner, "training-seat", 1);
        var capped = await OrderAsync(third);
        Assert.Equal((77_250L, 342_750L), (capped.VoucherAmount.Kurus, capped.Due.Kurus));

        // An expired session gives its voucher share back.
        var expired = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.expired", FakeStripeApi.Shared.Sessions[third], "unpaid");
        await FakeStripeApi.DeliverAsync(portal.CreateClient(), expired, FakeStripeApi.Sign(expired, DateTimeOffset.UtcNow));
        Assert.Equal(OrderStatus.Expired, (await OrderAsync(third)).Status);
        var (fourth, _) = await BuyAsync(owner, "interpreter-hour", 1);
        Assert.Equal(19_800, (await OrderAsync(fourth)).VoucherAmount.Kurus); // 600.00 × 33 % = 198.00 ₺, allowance free again
    }

    [Fact]
    public async Task Without_stripe_keys_nothing_is_charged_and_the_business_is_told_payments_are_not_configured()
    {
        var (_, employerId) = await OwnerAsync(verified: true);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var ownerId = await db.Employers.Where(e => e.Id == employerId).Select(e => e.OwnerUserId!).SingleAsync();
        var unconfigured = new StripePaymentGateway(Options.Create(new StripeOptions()), scope.ServiceProvider.GetRequiredService<IHttpClientFactory>(), NullLogger<StripePaymentGateway>.Instance);
        var orders = new ServiceOrdersHandler(db, unconfigured, TimeProvider.System, NullLogger<ServiceOrdersHandler>.Instance);

        Assert.False((await orders.CatalogueAsync(ownerId, CancellationToken.None)).PaymentsConfigured);
        var placed = await orders.OrderAsync(ownerId, "permit-filing", 1, new CheckoutUrls(_ => "https://x/ok", _ => "https://x/no", "tr"), CancellationToken.None);
        Assert.Equal("payments.not_configured", placed.Problem);
        Assert.False(await db.ServiceOrders.AnyAsync(o => o.EmployerId == employerId));

        var reader = new StripeWebhookReader(Options.Create(new StripeOptions()), TimeProvider.System);
        Assert.Equal(Application.Support.Payments.PaymentEventProblem.NotConfigured, reader.Read("{}", "t=1,v1=00").Problem);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A business owner (with a second factor) of a new business, verified or not.</summary>
    private async Task<(HttpClient Owner, EmployerId Employer)> OwnerAsync(bool verified, int turkishHeadcount = 40, int province = 27, string section = "C")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"sme-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, OwnerPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.EmployerOwner);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var totp = (await users.GetAuthenticatorKeyAsync(user))!;

        var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture)));
        var vkn = TaxNumber.Create(nine + TaxNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture)).Value;
        var employer = Employer.Register(vkn, "Gaziantep Metal Atölyesi", "25.11", section, province, null, turkishHeadcount, 0, user.Id, DateTimeOffset.UtcNow).Value;
        if (verified)
        {
            employer.MarkVerified();
        }

        db.Employers.Add(employer);
        await db.SaveChangesAsync();

        var owner = portal.Browser();
        await IdentityPortalFactory.SignInAsync(owner, user.UserName, OwnerPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(owner, MfaTests.CurrentCode(totp))).StatusCode);
        return (owner, employer.Id);
    }

    private async Task<SupportProgramme> ProgrammeAsync(Func<ProgrammeTerms, ProgrammeTerms> shape)
    {
        var terms = shape(new ProgrammeTerms(
            $"Programme {Guid.NewGuid():N}"[..30], null, 1, 250, [], [], 0, Money.FromKurus(100_000_000), Today.AddDays(-1), Today.AddDays(30),
            [], 0, Money.Zero, [new MilestoneTerms(0, 100)]));
        var programme = SupportProgramme.Create(terms, DateTimeOffset.UtcNow).Value;
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        db.SupportProgrammes.Add(programme);
        await db.SaveChangesAsync();
        return programme;
    }

    private async Task AwardedAsync(SupportProgramme programme, EmployerId employerId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId);
        var application = GrantApplication.Start(programme, employerId, employer.OwnerUserId!, ApplicantFacts.Of(employer), 1, 1, null, [new BudgetLine("Eğitim", Money.FromKurus(500_000))], Today, DateTimeOffset.UtcNow).Value;
        application.Submit(programme, [], Today, DateTimeOffset.UtcNow);
        application.AddReview("cw", 5, "ok", DateTimeOffset.UtcNow);
        Assert.True(application.Award("cw", Money.FromKurus(500_000), programme.Budget, Today, DateTimeOffset.UtcNow).IsSuccess);
        db.GrantApplications.Add(application);
        await db.SaveChangesAsync();
    }

    /// <summary>A placement of the business that started after the award with an SGK notice (or, when not active, one still at the offer).</summary>
    private async Task VerifiedHireAsync(EmployerId employerId, bool active = true)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var taken = await db.Applications.Select(a => new { a.VacancyId, a.WorkerId }).ToListAsync();
        var vacancies = await db.Vacancies.Select(v => v.Id).Take(20).ToListAsync();
        var workers = await db.Workers.Select(w => w.Id).Take(50).ToListAsync();
        var (vacancy, worker) = vacancies.SelectMany(v => workers.Select(w => (v, w))).First(p => !taken.Any(t => t.VacancyId == p.v && t.WorkerId == p.w));
        var application = JobApplication.Submit(vacancy, worker, DateTimeOffset.UtcNow);
        db.Applications.Add(application);
        var rules = new PlacementRules
        {
            Eligibility = new EligibilityDecision(EligibilityStatus.EligibleNow, null, [], []),
            MinimumWage = Domain.Reference.MinimumWage.InForce(await db.MinimumWages.ToListAsync(), Today),
        };
        var terms = new PlacementTerms { PositionTitle = "Kaynakçı", Wage = Money.FromKurus(4_000_000), StartDate = Today.AddDays(1), OfferValidUntil = Today };
        var placement = Placement.Offer(application.Id, vacancy, employerId, worker, "7212", 27, false, terms, rules, Today).Value.Placement;
        if (active)
        {
            placement.Accept(Today);
            placement.SignAsWorker(rules, Today);
            placement.SignAsEmployer("owner", true, rules, Today);
            placement.FilePermit("EIZ-1", Placement.PermitChecklist, rules, Today);
            placement.RecordPermitGranted(Today, Today.AddDays(365), Today);
            placement.FileSgkNotice("SGK-1", Today, Today);
            Assert.True(placement.Activate(Today.AddDays(1)).IsSuccess);
        }

        db.Placements.Add(placement);
        await db.SaveChangesAsync();
    }

    private async Task<int> TrackAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneTracker>().ReleaseDueAsync(CancellationToken.None);
    }

    private async Task<List<GrantInstalment>> InstalmentsAsync(Guid applicationId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().GrantInstalments.AsNoTracking().Where(i => i.ApplicationId == applicationId).ToListAsync();
    }

    private async Task<Guid> ProgrammeIdAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().SupportProgrammes.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<ServiceOrder> OrderAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().ServiceOrders.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<List<PaymentLedgerEntry>> LedgerAsync(Guid orderId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().PaymentLedger.AsNoTracking().Where(e => e.OrderId == orderId).ToListAsync();
    }

    private async Task<bool> ProcessedAsync(string body)
    {
        var id = EventIdPattern().Match(body).Groups[1].Value;
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().ProcessedPaymentEvents.AnyAsync(e => e.EventId == id);
    }

    /// <summary>Orders through the catalogue form; returns the order id and where the browser is sent (Stripe's page).</summary>
    private static async Task<(Guid OrderId, string Location)> BuyAsync(HttpClient owner, string service, int quantity)
    {
        var page = await owner.GetStringAsync("/employer/services");
        var response = await PostAsync(owner, page, "/employer/services/order", ("service", service), ("quantity", quantity.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var sessionId = location.Split('/').Last();
        var orderId = FakeStripeApi.Shared.Sessions.Single(s => s.Value.Id == sessionId).Key;
        return (orderId, location);
    }

    private static async Task<Guid> OrderWithHookAsync(HttpClient owner, string page, string service, int quantity, Func<CreatedSession, Task> hook)
    {
        var before = FakeStripeApi.Shared.Sessions.Keys.ToHashSet();
        FakeStripeApi.Shared.NextHook = hook;
        var response = await PostAsync(owner, page, "/employer/services/order", ("service", service), ("quantity", quantity.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return FakeStripeApi.Shared.Sessions.Keys.Except(before).Single();
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient caseWorker, Guid applicationId, string action, params (string Name, string Value)[] fields)
    {
        var page = await caseWorker.GetStringAsync($"/caseworker/grants/{applicationId}");
        var version = VersionPattern().Match(page).Groups[1].Value;
        return await PostAsync(caseWorker, page, $"/caseworker/grants/{applicationId}/{action}", [("version", version), .. fields]);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient owner, Guid applicationId, string item, byte[] content)
    {
        var page = await owner.GetStringAsync($"/employer/support/applications/{applicationId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(IdentityPortalFactory.Token(page)), "__RequestVerificationToken" },
            { new StringContent(item), "item" },
            { new ByteArrayContent(content), "file", "belge.pdf" },
        };
        return await owner.PostAsync($"/employer/support/applications/{applicationId}/documents", form);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string pageUrl, string action, params (string Name, string Value)[] fields) =>
        await PostAsync(browser, await browser.GetStringAsync(pageUrl), action, fields);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", IdentityPortalFactory.Token(page)));
        return await browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("\"id\":\"(evt_[0-9a-f]+)\"")]
    private static partial Regex EventIdPattern();

    [GeneratedRegex(@"LH-\d{8}-[0-9A-F]{8}")]
    private static partial Regex ReceiptNumberPattern();
}
