using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.Support;

[Trait("Capability", "Support")]
public sealed class SupportRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ProgrammeTerms Terms => new(
        "Kayıtlı İstihdam Hibesi", null, 10, 49, [27, 63], ["C"], 50, Money.FromKurus(100_000_000), Today.AddDays(-10), Today.AddDays(20),
        ["Vergi levhası"], 70, Money.FromKurus(500_000), [new MilestoneTerms(0, 30), new MilestoneTerms(2, 30), new MilestoneTerms(5, 40)]);

    private static SupportProgramme Programme(ProgrammeTerms? terms = null) => SupportProgramme.Create(terms ?? Terms, Now).Value;

    private static ApplicantFacts Fits => new(20, 2, 27, "C", VerificationStatus.Verified);

    [Theory]
    [InlineData(255_000, 70, 500_000, 178_500, 76_500)]     // 70 % of 2,550.00
    [InlineData(10_001, 33, 500_000, 3_300, 6_701)]         // 33 % of 100.01 = 33.0033: the voucher pays whole kuruş, rounded down
    [InlineData(420_000, 70, 100_000, 100_000, 320_000)]    // capped by the allowance left
    [InlineData(420_000, 70, 0, 0, 420_000)]                // nothing left
    [InlineData(60_000, 100, 500_000, 60_000, 0)]           // fully covered
    [InlineData(1, 99, 500_000, 0, 1)]                      // 0.99 kuruş is not paid
    public void A_voucher_covers_its_share_in_whole_kurus_up_to_the_allowance(long total, int share, long left, long covered, long due)
    {
        var quote = VoucherQuote.For(Money.FromKurus(total), share, Money.FromKurus(left));
        Assert.Equal((covered, due), (quote.Covered.Kurus, quote.Due.Kurus));
        Assert.Equal(total, quote.Covered.Kurus + quote.Due.Kurus);
    }

    [Fact]
    public void The_pre_check_gives_every_failing_rule_not_just_the_first()
    {
        var reasons = ProgrammeEligibility.Check(Programme(), new ApplicantFacts(3, 0, 34, "G", VerificationStatus.Pending), Today.AddDays(21));
        Assert.Equal(["support.call_closed", "support.not_verified", "support.headcount_below", "support.province", "support.sector"], reasons.Select(r => r.Code));
        Assert.Equal("2026-12-17", reasons[0].Detail);
        Assert.Equal("10", reasons[2].Detail);
        Assert.Empty(ProgrammeEligibility.Check(Programme(), Fits, Today));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void Headcount_counts_turkish_and_foreign_staff_at_both_ends_of_the_range(int total, bool eligible) =>
        Assert.Equal(eligible, ProgrammeEligibility.Check(Programme(), Fits with { TurkishHeadcount = total - 1, ForeignHeadcount = 1 }, Today).Count == 0);

    [Theory]
    [InlineData(2, 1, null)]
    [InlineData(3, 1, "support.refugee_share")]
    [InlineData(3, 2, null)]
    [InlineData(0, 0, "support.planned_hires")]
    [InlineData(2, 3, "support.planned_hires")]
    public void The_planned_hires_must_include_the_programmes_share_of_refugees(int planned, int refugees, string? problem) =>
        Assert.Equal(problem, ProgrammeEligibility.CheckPlannedHires(Programme(), planned, refugees)?.Code);

    [Fact]
    public void Milestone_shares_must_add_up_to_a_hundred_and_the_instalments_add_up_to_the_award_exactly()
    {
        Assert.Equal("programme.milestones", SupportProgramme.Create(Terms with { Milestones = [new MilestoneTerms(0, 50), new MilestoneTerms(3, 40)] }, Now).Error!.Code);
        Assert.Equal("programme.milestones", SupportProgramme.Create(Terms with { Milestones = [new MilestoneTerms(2, 50), new MilestoneTerms(2, 50)] }, Now).Error!.Code);

        var programme = Programme();
        var application = Awarded(programme, Money.FromKurus(1_000_003));
        var amounts = programme.Milestones.Select(m => application.InstalmentFor(programme, m).Kurus).ToList();
        Assert.Equal([300_000, 300_000, 400_003], amounts);
        Assert.Equal(1_000_003, amounts.Sum());
    }

    [Fact]
    public void Due_instalments_are_the_milestones_reached_and_not_yet_released()
    {
        var programme = Programme();
        var application = Awarded(programme, Money.FromKurus(900_000));
        Assert.Equal([1], application.DueInstalments(programme, [], 1, Now).Select(i => i.MilestoneSequence));
        Assert.Equal([2, 3], application.DueInstalments(programme, [1], 7, Now).Select(i => i.MilestoneSequence));
        Assert.Empty(application.DueInstalments(programme, [1, 2, 3], 9, Now));
    }

    [Fact]
    public void An_award_needs_a_review_and_stays_within_what_was_asked_and_the_budget_left()
    {
        var programme = Programme();
        var application = Submitted(programme);
        Assert.Equal("grant.needs_review", application.Award("cw", Money.FromKurus(1), programme.Budget, Today, Now).Error!.Code);
        Assert.Equal("grant.score", application.AddReview("cw", 6, "x", Now).Error!.Code);
        Assert.True(application.AddReview("cw", 4, "Plan gerçekçi", Now).IsSuccess);
        Assert.Equal("grant.award_amount", application.Award("cw", Money.FromKurus(1_000_001), programme.Budget, Today, Now).Error!.Code);
        Assert.Equal("grant.budget_left", application.Award("cw", Money.FromKurus(1_000_000), Money.FromKurus(999_999), Today, Now).Error!.Code);
        Assert.True(application.Award("cw", Money.FromKurus(1_000_000), Money.FromKurus(1_000_000), Today, Now).IsSuccess);
        Assert.Equal("grant.not_submitted", application.Reject("cw", "late", Now).Error!.Code);
    }

    [Fact]
    public void An_order_only_moves_forward_whatever_order_the_events_arrive_in()
    {
        var offering = new ServiceOffering("permit-filing", Money.FromKurus(150_000), "case", 10);
        var order = ServiceOrder.Place(EmployerId.New(), "owner", offering, 2, null, VoucherQuote.None, Now).Value;
        Assert.Equal((OrderStatus.AwaitingPayment, 300_000L), (order.Status, order.Due.Kurus));

        Assert.Equal("order.amount_mismatch", order.ConfirmPayment("cs", "pi", 299_999, Now).Error!.Code);
        Assert.True(order.ConfirmPayment("cs", "pi", 300_000, Now).Value);
        Assert.False(order.ConfirmPayment("cs", "pi", 300_000, Now).Value); // again: nothing
        Assert.False(order.Lapse(OrderStatus.Expired, Now));                // late expiry: nothing
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.True(order.Refund("admin", Now).Value);
        Assert.False(order.ConfirmPayment("cs", "pi", 300_000, Now).Value); // a replayed completion cannot un-refund
        Assert.Equal(OrderStatus.Refunded, order.Status);

        Assert.Equal("order.quantity", ServiceOrder.Place(EmployerId.New(), "owner", offering, 11, null, VoucherQuote.None, Now).Error!.Code);
        var covered = ServiceOrder.Place(EmployerId.New(), "owner", offering, 1, Guid.NewGuid(), t => VoucherQuote.For(t, 100, Money.FromKurus(1_000_000)), Now).Value;
        Assert.Equal(OrderStatus.Paid, covered.Status); // the voucher paid everything: nothing to charge
    }

    private static GrantApplication Submitted(SupportProgramme programme)
    {
        var application = GrantApplication.Start(programme, EmployerId.New(), "owner", Fits, 2, 1, null, [new BudgetLine("Eğitim", Money.FromKurus(1_000_000))], Today, Now).Value;
        Assert.Equal("grant.documents_missing", application.Submit(programme, [], Today, Now).Error!.Code);
        Assert.True(application.Submit(programme, ["vergi levhası"], Today, Now).IsSuccess);
        return application;
    }

    private static GrantApplication Awarded(SupportProgramme programme, Money amount)
    {
        var application = GrantApplication.Start(programme, EmployerId.New(), "owner", Fits, 2, 1, null, [new BudgetLine("Eğitim", amount)], Today, Now).Value;
        application.Submit(programme, ["Vergi levhası"], Today, Now);
        application.AddReview("cw", 5, "ok", Now);
        Assert.True(application.Award("cw", amount, programme.Budget, Today, Now).IsSuccess);
        return application;
    }
}
