using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.Protection;

/// <summary>Holding and pausing vacancies, report severity and deadlines, and escalation on ILO indicators.</summary>
[Trait("Capability", "Protection")]
public sealed class ProtectionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly MinimumWage Wage = new() { ValidFrom = new(2026, 1, 1), GrossMonthly = Money.FromKurus(3_303_000), NetMonthly = Money.FromKurus(2_807_550), Source = "t" };

    private sealed class AllCodes : IIscoCodeCatalog
    {
        public bool Exists(string code) => true;
    }

    private static Vacancy Draft() => Vacancy.Draft(EmployerId.New(), new VacancyDetails
    {
        Title = "Depo görevlisi",
        Description = "d e p o z i t o",
        Occupation = IscoCode.Create("9321", new AllCodes()).Value,
        ProvinceCode = 27,
        WageMin = Money.FromKurus(3_000_000),
        WageMax = Money.FromKurus(3_500_000),
    }, Wage, Now).Value;

    [Fact]
    public void Publish_WithRedFlags_HoldsTheVacancyWithItsReasons_AndACaseWorkerCanOpenIt()
    {
        var vacancy = Draft();

        Assert.True(vacancy.Publish(VerificationStatus.Verified, Wage, Now, [RedFlagCategory.Deposit]).IsSuccess);

        Assert.Equal(VacancyStatus.HeldForReview, vacancy.Status);
        Assert.Equal([RedFlagCategory.Deposit], vacancy.Flags);
        Assert.False(vacancy.IsOpenOn(new DateOnly(2026, 11, 28)));
        Assert.True(vacancy.ApproveAfterReview(Now.AddHours(3)).IsSuccess);
        Assert.Equal(VacancyStatus.Open, vacancy.Status);
        Assert.Equal("vacancy.not_held", vacancy.ApproveAfterReview(Now).Error?.Code);
    }

    [Fact]
    public void Publish_WithoutFlags_Opens_AndAnUnverifiedBusinessIsStillRefusedBeforeScreening()
    {
        var vacancy = Draft();
        Assert.Equal("vacancy.employer_unverified", vacancy.Publish(VerificationStatus.Pending, Wage, Now, [RedFlagCategory.Deposit]).Error?.Code);
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);

        Assert.True(vacancy.Publish(VerificationStatus.Verified, Wage, Now, []).IsSuccess);
        Assert.Equal(VacancyStatus.Open, vacancy.Status);
        Assert.Empty(vacancy.Flags);
    }

    [Fact]
    public void Edit_OfAHeldVacancy_ReturnsItToDraft_SoTheNewTextIsScreenedAgain()
    {
        var vacancy = Draft();
        vacancy.Publish(VerificationStatus.Verified, Wage, Now, [RedFlagCategory.Deposit]);

        var details = new VacancyDetails
        {
            Title = "Depo görevlisi",
            Description = "Sözleşmeli, SGK'lı.",
            Occupation = IscoCode.Create("9321", new AllCodes()).Value,
            ProvinceCode = 27,
            WageMin = Money.FromKurus(3_000_000),
            WageMax = Money.FromKurus(3_500_000),
        };
        Assert.True(vacancy.Edit(details, Wage, Now).IsSuccess);

        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
    }

    [Fact]
    public void Pause_TakesOnlyOpenVacanciesOff_AndAPausedVacancyCannotBePublishedUntilResumed()
    {
        var vacancy = Draft();
        Assert.False(vacancy.Pause());
        vacancy.Publish(VerificationStatus.Verified, Wage, Now, []);

        Assert.True(vacancy.Pause());
        Assert.Equal("vacancy.paused", vacancy.Publish(VerificationStatus.Verified, Wage, Now, []).Error?.Code);
        Assert.True(vacancy.Resume());
        Assert.Equal(VacancyStatus.Open, vacancy.Status);
        Assert.False(vacancy.Resume());
    }

    [Theory]
    [InlineData("threats", ReportSeverity.Critical, 24)]
    [InlineData("child_work", ReportSeverity.Critical, 24)]
    [InlineData("fees_asked", ReportSeverity.High, 48)]
    [InlineData("documents_retained", ReportSeverity.High, 48)]
    [InlineData("wages_withheld", ReportSeverity.High, 48)]
    [InlineData("no_contract", ReportSeverity.Medium, 120)]
    [InlineData("false_job", ReportSeverity.Medium, 120)]
    [InlineData("other", ReportSeverity.Medium, 120)]
    public void FileAbout_SetsSeverityAndDeadlineFromTheReason(string reason, ReportSeverity severity, int hours)
    {
        var report = AbuseReport.FileAbout(ReportSubject.Vacancy, EmployerId.New(), VacancyId.New(), null, null, "worker-1", MessageSide.Worker, reason, null, Now).Value;

        Assert.Equal(severity, report.Severity);
        Assert.Equal(Now.AddHours(hours), report.RespondBy);
        Assert.False(report.IsOverdue(Now.AddHours(hours)));
        Assert.True(report.IsOverdue(Now.AddHours(hours).AddMinutes(1)));
    }

    [Fact]
    public void FromScreening_IsHighForChildWorkOrKeptDocuments_AndMediumOtherwise()
    {
        Assert.Equal(ReportSeverity.High, AbuseReport.FromScreening(ReportSubject.Vacancy, EmployerId.New(), VacancyId.New(), null, null, [RedFlagCategory.ChildWork], Now).Severity);
        Assert.Equal(ReportSeverity.High, AbuseReport.FromScreening(ReportSubject.Thread, EmployerId.New(), null, null, Guid.NewGuid(), [RedFlagCategory.Deposit, RedFlagCategory.DocumentsKept], Now).Severity);
        var plain = AbuseReport.FromScreening(ReportSubject.Vacancy, EmployerId.New(), VacancyId.New(), null, null, [RedFlagCategory.NoInsurance], Now);
        Assert.Equal(ReportSeverity.Medium, plain.Severity);
        Assert.Equal(AbuseReport.SystemReporter, plain.ReporterUserId);
        Assert.Equal(ReportSource.Screening, plain.Source);
    }

    [Fact]
    public void RecordIndicators_EscalatesOnce_ToCriticalWithinADay_AndRefusesUnknownCodes()
    {
        var report = AbuseReport.FileAbout(ReportSubject.Employer, EmployerId.New(), null, null, null, "worker-1", MessageSide.Worker, "other", null, Now).Value;

        Assert.Equal("report.indicator", report.RecordIndicators(["nationality"], Now).Error?.Code);
        Assert.False(report.RecordIndicators([], Now).Value);
        Assert.False(report.IsEscalated);

        Assert.True(report.RecordIndicators(["debt_bondage", "isolation"], Now.AddHours(1)).Value);
        Assert.True(report.IsEscalated);
        Assert.Equal(ReportSeverity.Critical, report.Severity);
        Assert.Equal(Now.AddHours(25), report.RespondBy);
        Assert.Equal(["isolation", "debt_bondage"], report.IndicatorCodes);
        Assert.False(report.RecordIndicators(["debt_bondage", "isolation", "excessive_overtime"], Now.AddHours(2)).Value);
        Assert.Equal(3, report.IndicatorCodes.Count);
        Assert.Equal(11, ForcedLabourIndicator.All.Distinct().Count());
    }
}
