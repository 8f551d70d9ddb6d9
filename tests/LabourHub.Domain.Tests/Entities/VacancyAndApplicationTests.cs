using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.Entities;

[Trait("Capability", "Foundation")]
public sealed class VacancyAndApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private sealed class AllCodes : IIscoCodeCatalog
    {
        public bool Exists(string code) => true;
    }

    private static readonly MinimumWage[] Table =
    [
        new() { ValidFrom = new(2025, 1, 1), ValidTo = new(2025, 12, 31), GrossMonthly = Money.FromKurus(2_600_550), NetMonthly = Money.FromKurus(2_210_467), Source = "t" },
        new() { ValidFrom = new(2026, 1, 1), GrossMonthly = Money.FromKurus(3_303_000), NetMonthly = Money.FromKurus(2_807_550), Source = "t" },
    ];

    private static VacancyDetails Details(long wageMinKurus) => new()
    {
        Title = "Kaynakçı",
        Description = "Gaziantep",
        Occupation = IscoCode.Create("7212", new AllCodes()).Value,
        ProvinceCode = 27,
        WageMin = Money.FromKurus(wageMinKurus),
        WageMax = Money.FromKurus(wageMinKurus + 500_000),
        EssentialSkillUris = ["a", "b"],
        OptionalSkillUris = ["b", "c"],
    };

    [Fact]
    public void MinimumWageInForce_PicksTheRowForTheDay()
    {
        Assert.Equal(2_210_467, MinimumWage.InForce(Table, new DateOnly(2025, 6, 1))!.NetMonthly.Kurus);
        Assert.Equal(2_807_550, MinimumWage.InForce(Table, new DateOnly(2026, 11, 27))!.NetMonthly.Kurus);
        Assert.Null(MinimumWage.InForce(Table, new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void Post_WageBelowTheMinimumInForce_Fails()
    {
        var wage = MinimumWage.InForce(Table, new DateOnly(2026, 11, 27));

        Assert.Equal("vacancy.wage_below_minimum", Vacancy.Post(EmployerId.New(), Details(2_807_549), wage, Now).Error!.Code);
        Assert.True(Vacancy.Post(EmployerId.New(), Details(2_807_550), wage, Now).IsSuccess);
    }

    [Fact]
    public void Post_WithoutAMinimumWageRow_Fails() =>
        Assert.Equal("minimum_wage.unknown", Vacancy.Post(EmployerId.New(), Details(3_000_000), null, Now).Error!.Code);

    [Fact]
    public void Post_OptionalSkillsNeverRepeatEssentialOnes()
    {
        var vacancy = Vacancy.Post(EmployerId.New(), Details(3_000_000), Table[1], Now).Value;

        Assert.Equal(["a", "b"], vacancy.EssentialSkillUris);
        Assert.Equal(["c"], vacancy.OptionalSkillUris);
        Assert.True(vacancy.IsOpenOn(new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Post_WageRangeUpsideDown_Fails() =>
        Assert.Equal("vacancy.wage_range",
            Vacancy.Post(EmployerId.New(), Details(3_000_000) with { WageMax = Money.FromKurus(2_900_000) }, Table[1], Now).Error!.Code);

    [Fact]
    public void Close_Twice_FailsTheSecondTime()
    {
        var vacancy = Vacancy.Post(EmployerId.New(), Details(3_000_000), Table[1], Now).Value;

        Assert.True(vacancy.Close().IsSuccess);
        Assert.Equal("vacancy.already_closed", vacancy.Close().Error!.Code);
    }

    [Fact]
    public void Application_FollowsThePath_AndChangesVersionOnEachStep()
    {
        var application = JobApplication.Submit(VacancyId.New(), WorkerId.New(), Now);
        var versions = new HashSet<Guid> { application.Version };
        foreach (var step in new[] { ApplicationStatus.Shortlisted, ApplicationStatus.Interview, ApplicationStatus.Offered, ApplicationStatus.Hired })
        {
            Assert.True(application.MoveTo(step, Now.AddDays(1)).IsSuccess);
            Assert.True(versions.Add(application.Version));
        }

        Assert.True(application.IsClosed);
    }

    [Fact]
    public void Application_SkippingSteps_Fails_AndRepeatingAStepIsHarmless()
    {
        var application = JobApplication.Submit(VacancyId.New(), WorkerId.New(), Now);

        Assert.Equal("application.transition", application.MoveTo(ApplicationStatus.Hired, Now).Error!.Code);
        Assert.True(application.MoveTo(ApplicationStatus.Shortlisted, Now).IsSuccess);
        var version = application.Version;
        Assert.True(application.MoveTo(ApplicationStatus.Shortlisted, Now).IsSuccess);
        Assert.Equal(version, application.Version);
    }
}
