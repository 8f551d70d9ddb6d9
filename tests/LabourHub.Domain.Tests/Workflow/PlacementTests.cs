using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workflow;

namespace LabourHub.Domain.Tests.Workflow;

/// <summary>Every transition of the path from offer to registered employment, and the rule that blocks each.</summary>
[Trait("Capability", "Workflow")]
public sealed class PlacementTests
{
    internal static readonly DateOnly Today = new(2026, 11, 27);
    internal static readonly MinimumWage Wage2026 = new() { ValidFrom = new(2026, 1, 1), GrossMonthly = Money.FromKurus(3_303_000), NetMonthly = Money.FromKurus(2_807_550), Source = "Decree 2026" };

    internal static PlacementRules Eligible { get; } = new() { Eligibility = new EligibilityDecision(EligibilityStatus.EligibleNow, null, [], []), MinimumWage = Wage2026 };

    internal static PlacementTerms Terms(DateOnly? start = null) => new()
    {
        PositionTitle = "Kaynakçı",
        Wage = Money.FromKurus(3_000_000),
        StartDate = start ?? Today.AddDays(40),
        OfferValidUntil = Today.AddDays(7),
    };

    internal static Placement Offered(bool seasonal = false, PlacementTerms? terms = null, bool idCardIsPermit = false) =>
        Placement.Offer(JobApplicationId.New(), VacancyId.New(), EmployerId.New(), WorkerId.New(), "7212", 27, seasonal, terms ?? Terms(), Eligible, Today, idCardIsPermit).Value.Placement;

    [Fact]
    public void The_whole_permit_path_runs_from_offer_to_end_and_each_step_bumps_the_version_once()
    {
        var p = Offered();
        Assert.Equal((PlacementStatus.Offered, 1), (p.Status, p.Version));

        Assert.Equal("offer.accepted", p.Accept(Today).Value.Kind);
        Assert.Equal("contract.signed_by_worker", p.SignAsWorker(Eligible, Today.AddDays(1)).Value.Kind);
        Assert.Equal(PlacementStatus.Accepted, p.Status);
        var signed = p.SignAsEmployer("owner-1", withSecondFactor: true, Eligible, Today.AddDays(2)).Value;
        Assert.Equal("2026-11-29", signed.Facts["contract_complete"]);
        Assert.Equal(PlacementStatus.ContractSigned, p.Status);
        Assert.Equal(Today.AddDays(2), p.ContractDate);

        Assert.True(p.FilePermit("EIZ-2026-0042", Placement.PermitChecklist, Eligible, Today.AddDays(3)).IsSuccess);
        Assert.True(p.RecordPermitGranted(Today.AddDays(20), Today.AddDays(20).AddYears(1), Today.AddDays(20)).IsSuccess);
        Assert.True(p.FileSgkNotice("SGK-778899", Today.AddDays(38), Today.AddDays(38)).IsSuccess);
        Assert.False(p.Activate(Today.AddDays(39)).IsSuccess); // not before the start date
        Assert.True(p.Activate(Today.AddDays(40)).IsSuccess);
        Assert.Equal(PlacementStatus.Active, p.Status);
        Assert.True(p.End("contract_ended", Today.AddDays(200), Today.AddDays(200)).IsSuccess);

        Assert.Equal((PlacementStatus.Ended, 9), (p.Status, p.Version));
        Assert.True(p.IsClosed);
    }

    [Fact]
    public void Seasonal_agriculture_takes_the_exemption_instead_of_the_permit_and_may_file_sgk_on_the_first_day()
    {
        var p = Offered(seasonal: true);
        p.Accept(Today);
        p.SignAsWorker(Eligible, Today);
        p.SignAsEmployer("owner-1", true, Eligible, Today);

        Assert.Equal("workflow.transition", p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today).Error!.Code);
        Assert.Equal("exemption.recorded", p.RecordExemption("VALILIK-2026/17", Eligible, Today).Value.Kind);
        Assert.Equal(PlacementStatus.PermitGranted, p.Status);
        Assert.True(p.FileSgkNotice("SGK-1", p.StartDate, p.StartDate).IsSuccess); // agriculture: by the first working day
    }

    [Fact]
    public void For_a_refugee_the_identity_card_is_the_permit_and_the_ministry_is_told_instead()
    {
        var p = Placement.Offer(JobApplicationId.New(), VacancyId.New(), EmployerId.New(), WorkerId.New(), "7212", 27, false, Terms(Today.AddDays(60)), Eligible, Today, idCardIsPermit: true).Value.Placement;
        p.Accept(Today);
        p.SignAsWorker(Eligible, Today);
        p.SignAsEmployer("owner-1", true, Eligible, Today);

        Assert.Equal("workflow.transition", p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today).Error!.Code);
        Assert.Equal("ministry.notified", p.RecordMinistryNotice("BILDIRIM-7", Eligible, Today).Value.Kind);
        Assert.Equal(PlacementStatus.PermitGranted, p.Status);
        Assert.True(p.FileSgkNotice("SGK-1", Today.AddDays(58), Today.AddDays(58)).IsSuccess); // no one-month window without a permit
        Assert.Equal("workflow.transition", Offered().RecordMinistryNotice("X", Eligible, Today).Error!.Code);
    }

    [Fact]
    public void An_offer_below_the_minimum_wage_to_a_person_in_another_province_or_still_waiting_past_the_start_is_refused()
    {
        var low = Terms() with { Wage = Money.FromKurus(2_000_000) };
        Assert.Equal("workflow.wage_below_minimum", Offer(low, Eligible).Error!.Code);

        var elsewhere = Eligible with { Eligibility = new EligibilityDecision(EligibilityStatus.NotEligible, null, [new RuleCitation("eligibility.province", "Regulation 2016/8375")], []) };
        Assert.Equal("eligibility.province", Offer(Terms(), elsewhere).Error!.Code);

        var waiting = Eligible with { Eligibility = new EligibilityDecision(EligibilityStatus.EligibleLater, Today.AddDays(60), [], [new RuleCitation("eligibility.waiting_period", "wait")]) };
        Assert.Equal("eligibility.waiting_period", Offer(Terms(), waiting).Error!.Code);
        Assert.True(Offer(Terms(Today.AddDays(61)) with { OfferValidUntil = Today.AddDays(7) }, waiting).IsSuccess); // eligible by the start

        Assert.Equal("workflow.start_not_future", Offer(Terms(Today), Eligible).Error!.Code);
        Assert.Equal("workflow.offer_validity", Offer(Terms() with { OfferValidUntil = Today.AddDays(-1) }, Eligible).Error!.Code);
        Assert.Equal("minimum_wage.unknown", Offer(Terms(), Eligible with { MinimumWage = null }).Error!.Code);
    }

    [Fact]
    public void An_unanswered_offer_lapses_after_its_validity_and_cannot_be_accepted_then()
    {
        var p = Offered();
        Assert.False(p.Expire(p.OfferValidUntil).IsSuccess);
        Assert.Equal("workflow.offer_expired", p.Accept(p.OfferValidUntil.AddDays(1)).Error!.Code);
        Assert.Equal(PlacementStatus.Offered, p.Status);
        Assert.True(p.Expire(p.OfferValidUntil.AddDays(1)).IsSuccess);
        Assert.Equal(PlacementStatus.Expired, p.Status);
        Assert.Equal("workflow.transition", p.Accept(Today).Error!.Code);
    }

    [Fact]
    public void The_employer_signs_only_with_a_second_factor_and_the_contract_date_minimum_wage_applies()
    {
        var p = Offered();
        p.Accept(Today);
        Assert.Equal("workflow.mfa_required", p.SignAsEmployer("owner-1", withSecondFactor: false, Eligible, Today).Error!.Code);

        var raised = new MinimumWage { ValidFrom = new(2027, 1, 1), GrossMonthly = Money.FromKurus(4_000_000), NetMonthly = Money.FromKurus(3_400_000), Source = "Decree 2027" };
        Assert.Equal("workflow.wage_below_minimum", p.SignAsWorker(Eligible with { MinimumWage = raised }, new DateOnly(2027, 1, 2)).Error!.Code);
        Assert.Null(p.WorkerSignedOn);
        Assert.Equal(2, p.Version);
    }

    [Fact]
    public void Filing_the_permit_needs_the_reference_the_whole_checklist_and_eligibility_on_the_day_including_the_quota()
    {
        var p = Signed();
        Assert.Equal("workflow.reference", p.FilePermit("  ", Placement.PermitChecklist, Eligible, Today).Error!.Code);
        Assert.Equal("workflow.checklist", p.FilePermit("EIZ-1", ["signed_contract"], Eligible, Today).Error!.Code);
        var quotaFull = Eligible with { Eligibility = new EligibilityDecision(EligibilityStatus.NotEligible, null, [new RuleCitation("eligibility.quota", "Regulation Art. 8")], []) };
        Assert.Equal("eligibility.quota", p.FilePermit("EIZ-1", Placement.PermitChecklist, quotaFull, Today).Error!.Code);
        Assert.Equal(PlacementStatus.ContractSigned, p.Status);
        Assert.True(p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today).IsSuccess);
    }

    [Fact]
    public void A_refused_permit_ends_the_path_with_its_reason()
    {
        var p = Signed();
        p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today);
        Assert.Equal("workflow.refusal_reason", p.RecordPermitRefused("", Today).Error!.Code);
        Assert.True(p.RecordPermitRefused("Kota dolu", Today).IsSuccess);
        Assert.Equal(PlacementStatus.PermitRefused, p.Status);
        Assert.Equal("workflow.transition", p.FileSgkNotice("SGK-1", Today, Today).Error!.Code);
    }

    [Fact]
    public void The_sgk_notice_is_due_a_day_before_the_start_and_work_starts_within_a_month_of_the_permit()
    {
        var p = Signed();
        p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today);
        p.RecordPermitGranted(Today.AddDays(1), Today.AddDays(1).AddYears(1), Today.AddDays(1));

        // Start is Today+40 but the permit starts Today+1: more than a month later.
        Assert.Equal("workflow.start_within_month", p.FileSgkNotice("SGK-1", Today.AddDays(2), Today.AddDays(2)).Error!.Code);
        Assert.Equal("workflow.start_within_month", p.Reschedule(Today.AddDays(45), Today.AddDays(2)).Error!.Code);
        Assert.True(p.Reschedule(Today.AddDays(20), Today.AddDays(2)).IsSuccess);
        Assert.Equal("workflow.sgk_too_late", p.FileSgkNotice("SGK-1", Today.AddDays(20), Today.AddDays(20)).Error!.Code);
        Assert.Equal("workflow.sgk_filed_date", p.FileSgkNotice("SGK-1", Today.AddDays(19), Today.AddDays(5)).Error!.Code); // not in the future
        Assert.True(p.FileSgkNotice("SGK-1", Today.AddDays(19), Today.AddDays(19)).IsSuccess);
    }

    [Fact]
    public void Ending_needs_a_reason_and_a_date_after_the_start_and_withdrawal_is_possible_until_work_starts()
    {
        var p = Active();
        Assert.Equal("workflow.end_reason", p.End("bored", p.StartDate.AddDays(1), p.StartDate.AddDays(1)).Error!.Code);
        Assert.Equal("workflow.end_date", p.End("resigned", p.StartDate.AddDays(-1), p.StartDate).Error!.Code);
        Assert.Equal("workflow.transition", p.Withdraw("position_filled", p.StartDate).Error!.Code);

        var early = Offered();
        Assert.Equal("workflow.withdraw_reason", early.Withdraw(null, Today).Error!.Code);
        Assert.True(early.Withdraw("position_filled", Today).IsSuccess);
        Assert.Equal(PlacementStatus.Withdrawn, early.Status);
    }

    [Fact]
    public void A_declined_offer_is_closed()
    {
        var p = Offered();
        Assert.True(p.Decline(Today).IsSuccess);
        Assert.Equal(PlacementStatus.Declined, p.Status);
        Assert.Equal("workflow.transition", p.SignAsWorker(Eligible, Today).Error!.Code);
    }

    internal static Placement Signed()
    {
        var p = Offered();
        p.Accept(Today);
        p.SignAsWorker(Eligible, Today);
        p.SignAsEmployer("owner-1", true, Eligible, Today);
        return p;
    }

    private static Placement Active()
    {
        var p = Signed();
        p.FilePermit("EIZ-1", Placement.PermitChecklist, Eligible, Today);
        p.RecordPermitGranted(Today.AddDays(20), Today.AddDays(400), Today.AddDays(20));
        p.FileSgkNotice("SGK-1", Today.AddDays(30), Today.AddDays(30));
        p.Activate(p.StartDate);
        return p;
    }

    private static Domain.Common.Result<(Placement Placement, WorkflowStep Step)> Offer(PlacementTerms terms, PlacementRules rules) =>
        Placement.Offer(JobApplicationId.New(), VacancyId.New(), EmployerId.New(), WorkerId.New(), "7212", 27, false, terms, rules, Today);
}
