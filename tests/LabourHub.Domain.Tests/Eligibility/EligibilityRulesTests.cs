using LabourHub.Domain.Eligibility;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;

namespace LabourHub.Domain.Tests.Eligibility;

[Trait("Capability", "Matching")]
public sealed class EligibilityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateOnly LawStart = new(2016, 1, 15);

    private static EligibilityRuleSet Rules(params RuleValue[] extra) => new(
        [
            new(EligibilityRuleSet.WaitMonths, 6, LawStart, null, "wait"),
            new(EligibilityRuleSet.QuotaPercent, 10, LawStart, null, "quota"),
            new(EligibilityRuleSet.SmallWorkplaceThreshold, 10, LawStart, null, "quota"),
            new(EligibilityRuleSet.SmallWorkplaceAllowance, 1, LawStart, null, "quota"),
            .. extra,
        ],
        [
            new("2261", RestrictionKind.Closed, LawStart, null, "dentists"),
            new("5414", RestrictionKind.Closed, LawStart, null, "security"),
            new("221", RestrictionKind.HealthPreApproval, LawStart, null, "health"),
        ]);

    private static EligibilityCase Case() => new()
    {
        ProtectionStatus = ProtectionStatus.TemporaryProtection,
        ProtectionRegisteredOn = new DateOnly(2020, 1, 1),
        RegisteredProvinceCode = 27,
        VacancyIscoCode = "7212",
        VacancyProvinceCode = 27,
        WageMin = Money.FromKurus(3_000_000),
        MinimumWage = Money.FromKurus(2_807_550),
        EmployerTurkishHeadcount = 30,
        EmployerTemporaryProtectionWorkers = 0,
        OnDate = Today,
    };

    private static EligibilityDecision Decide(EligibilityCase c, EligibilityRuleSet? rules = null) => new EligibilityRules(rules ?? Rules()).Decide(c);

    [Fact]
    public void Decide_AllRulesMet_EligibleNow()
    {
        var decision = Decide(Case());

        Assert.Equal(EligibilityStatus.EligibleNow, decision.Status);
        Assert.Empty(decision.Blocking);
        Assert.Null(decision.EligibleFrom);
    }

    [Fact]
    public void Decide_ExactlySixMonthsAfterRegistration_EligibleNow() =>
        Assert.Equal(EligibilityStatus.EligibleNow, Decide(Case() with { ProtectionRegisteredOn = Today.AddMonths(-6) }).Status);

    [Fact]
    public void Decide_OneDayShortOfSixMonths_EligibleLaterFromTheDate()
    {
        var registered = Today.AddMonths(-6).AddDays(1);

        var decision = Decide(Case() with { ProtectionRegisteredOn = registered });

        Assert.Equal(EligibilityStatus.EligibleLater, decision.Status);
        Assert.Equal(registered.AddMonths(6), decision.EligibleFrom);
        Assert.Contains(decision.Conditions, r => r.Code == "eligibility.waiting_period" && r.Source == "wait");
    }

    [Theory]
    [InlineData(ProtectionStatus.InternationalProtectionApplicant)]
    [InlineData(ProtectionStatus.ConditionalRefugee)]
    public void Decide_InternationalProtection_WaitsSixMonthsToo(ProtectionStatus status) =>
        Assert.Equal(EligibilityStatus.EligibleLater, Decide(Case() with { ProtectionStatus = status, ProtectionRegisteredOn = Today.AddMonths(-2) }).Status);

    [Fact]
    public void Decide_NoRegistrationDate_IsNotPresentedAsEligible() =>
        Assert.Equal(EligibilityStatus.NotEligible, Decide(Case() with { ProtectionRegisteredOn = null }).Status);

    [Fact]
    public void Decide_OtherProvince_NotEligible_CitingTheProvinceRule()
    {
        var decision = Decide(Case() with { VacancyProvinceCode = 34 });

        Assert.Equal(EligibilityStatus.NotEligible, decision.Status);
        Assert.Contains(decision.Blocking, r => r.Code == "eligibility.province");
    }

    [Fact]
    public void Decide_OtherProvince_DoesNotApplyToResidencePermitHolders() =>
        Assert.Equal(EligibilityStatus.EligibleNow,
            Decide(Case() with { ProtectionStatus = ProtectionStatus.ResidencePermit, ProtectionRegisteredOn = null, VacancyProvinceCode = 34 }).Status);

    [Theory]
    [InlineData(9, 0, EligibilityStatus.EligibleNow)]
    [InlineData(9, 1, EligibilityStatus.NotEligible)]
    [InlineData(10, 0, EligibilityStatus.EligibleNow)]
    [InlineData(10, 1, EligibilityStatus.NotEligible)]
    [InlineData(11, 1, EligibilityStatus.NotEligible)]
    [InlineData(19, 1, EligibilityStatus.NotEligible)]
    [InlineData(20, 1, EligibilityStatus.EligibleNow)]
    [InlineData(20, 2, EligibilityStatus.NotEligible)]
    public void Decide_Quota_TenPercentOfTurkishEmployees_OneUnderTen(int turkish, int alreadyEmployed, EligibilityStatus expected)
    {
        var decision = Decide(Case() with { EmployerTurkishHeadcount = turkish, EmployerTemporaryProtectionWorkers = alreadyEmployed });

        Assert.Equal(expected, decision.Status);
        Assert.Equal(expected == EligibilityStatus.NotEligible, decision.Blocking.Any(r => r.Code == "eligibility.quota"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 1)]
    [InlineData(29, 2)]
    [InlineData(30, 3)]
    public void QuotaFor_CountsAsTheRegulationSays(int turkish, int allowed) =>
        Assert.Equal(allowed, new EligibilityRules(Rules()).QuotaFor(turkish, Today, out _));

    [Fact]
    public void Decide_QuotaDoesNotApplyToInternationalProtection() =>
        Assert.Equal(EligibilityStatus.EligibleNow,
            Decide(Case() with { ProtectionStatus = ProtectionStatus.ConditionalRefugee, EmployerTemporaryProtectionWorkers = 50 }).Status);

    [Fact]
    public void Decide_SeasonalAgriculture_TakesTheExemptionPath_WithoutQuotaOrWait()
    {
        var decision = Decide(Case() with
        {
            SeasonalAgriculture = true,
            VacancyIscoCode = "9211",
            ProtectionRegisteredOn = Today.AddMonths(-1),
            EmployerTemporaryProtectionWorkers = 99,
        });

        Assert.Equal(EligibilityStatus.EligibleNow, decision.Status);
        Assert.Contains(decision.Conditions, r => r.Code == "eligibility.seasonal_exemption");
    }

    [Fact]
    public void Decide_SeasonalAgriculture_StillOnlyInTheRegisteredProvince() =>
        Assert.Equal(EligibilityStatus.NotEligible, Decide(Case() with { SeasonalAgriculture = true, VacancyProvinceCode = 1 }).Status);

    [Theory]
    [InlineData("2261")]
    [InlineData("5414")]
    public void Decide_ClosedProfession_NotEligibleForAnyForeigner(string isco)
    {
        var decision = Decide(Case() with { VacancyIscoCode = isco, ProtectionStatus = ProtectionStatus.ResidencePermit });

        Assert.Equal(EligibilityStatus.NotEligible, decision.Status);
        Assert.Contains(decision.Blocking, r => r.Code == "eligibility.closed_profession");
    }

    [Fact]
    public void Decide_HealthProfession_EligibleWithAPreApprovalCondition()
    {
        var decision = Decide(Case() with { VacancyIscoCode = "2211" });

        Assert.Equal(EligibilityStatus.EligibleNow, decision.Status);
        Assert.Contains(decision.Conditions, r => r.Code == "eligibility.health_pre_approval");
    }

    [Fact]
    public void Decide_WageBelowTheMinimum_NotEligible_AndUnknownMinimumBlocksToo()
    {
        Assert.Contains(Decide(Case() with { WageMin = Money.FromKurus(2_807_549) }).Blocking, r => r.Code == "eligibility.below_minimum_wage");
        Assert.Equal(EligibilityStatus.EligibleNow, Decide(Case() with { WageMin = Money.FromKurus(2_807_550) }).Status);
        Assert.Equal(EligibilityStatus.NotEligible, Decide(Case() with { MinimumWage = null }).Status);
    }

    [Fact]
    public void Decide_UsesTheRuleValueInForceOnTheDay()
    {
        // A hypothetical decree shortening the wait to 3 months from 2026-12-01.
        var rules = new EligibilityRuleSet(
            [
                new(EligibilityRuleSet.WaitMonths, 6, LawStart, new DateOnly(2026, 11, 30), "old"),
                new(EligibilityRuleSet.WaitMonths, 3, new DateOnly(2026, 12, 1), null, "new"),
                new(EligibilityRuleSet.QuotaPercent, 10, LawStart, null, "quota"),
                new(EligibilityRuleSet.SmallWorkplaceThreshold, 10, LawStart, null, "quota"),
                new(EligibilityRuleSet.SmallWorkplaceAllowance, 1, LawStart, null, "quota"),
            ],
            []);
        var registered = new DateOnly(2026, 8, 1);

        Assert.Equal(EligibilityStatus.EligibleLater, Decide(Case() with { ProtectionRegisteredOn = registered, OnDate = new DateOnly(2026, 11, 30) }, rules).Status);
        Assert.Equal(EligibilityStatus.EligibleNow, Decide(Case() with { ProtectionRegisteredOn = registered, OnDate = new DateOnly(2026, 12, 1) }, rules).Status);
    }

    [Fact]
    public void Decide_RuleTableWithoutAValueForTheDay_Throws_RatherThanGuessing()
    {
        var rules = new EligibilityRuleSet([new(EligibilityRuleSet.WaitMonths, 6, new DateOnly(2030, 1, 1), null, "future")], []);

        Assert.Throws<InvalidOperationException>(() => Decide(Case(), rules));
    }
}
