using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.Entities;

/// <summary>Draft, edit, publish (verified businesses only, wage floor on the day), close.</summary>
[Trait("Capability", "Marketplace")]
public sealed class VacancyLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly MinimumWage Wage2026 = new() { ValidFrom = new(2026, 1, 1), GrossMonthly = Money.FromKurus(3_303_000), NetMonthly = Money.FromKurus(2_807_550), Source = "t" };

    private static readonly MinimumWage Wage2027 = new() { ValidFrom = new(2027, 1, 1), GrossMonthly = Money.FromKurus(4_000_000), NetMonthly = Money.FromKurus(3_400_000), Source = "t" };

    private sealed class AllCodes : IIscoCodeCatalog
    {
        public bool Exists(string code) => true;
    }

    private static VacancyDetails Details(long wageMinKurus = 3_000_000, string title = "Kaynakçı") => new()
    {
        Title = title,
        Description = "Gaziantep",
        Occupation = IscoCode.Create("7212", new AllCodes()).Value,
        ProvinceCode = 27,
        WageMin = Money.FromKurus(wageMinKurus),
        WageMax = Money.FromKurus(wageMinKurus + 500_000),
    };

    [Fact]
    public void A_start_date_in_the_past_and_a_language_translated_twice_are_refused()
    {
        Assert.Equal("vacancy.starts_in_past", Vacancy.Draft(EmployerId.New(), Details() with { StartsOn = new DateOnly(2026, 11, 26) }, Wage2026, Now).Error!.Code);
        Assert.Equal("vacancy.translation", Vacancy.Draft(EmployerId.New(), Details() with { Translations = [new("ar", "عمل"), new("ar", "وظيفة")] }, Wage2026, Now).Error!.Code);
        Assert.Equal("vacancy.translation", Vacancy.Draft(EmployerId.New(), Details() with { Translations = [new("fa", "  ")] }, Wage2026, Now).Error!.Code);

        var drafted = Vacancy.Draft(EmployerId.New(), Details() with { StartsOn = new DateOnly(2026, 12, 1), Translations = [new("ar", "  عمل مسجل  ")] }, Wage2026, Now).Value;
        Assert.Equal(new DateOnly(2026, 12, 1), drafted.StartsOn);
        Assert.Equal("عمل مسجل", Assert.Single(drafted.Translations).Description);
    }

    [Fact]
    public void A_draft_is_validated_like_a_posting_but_not_open()
    {
        var draft = Vacancy.Draft(EmployerId.New(), Details(), Wage2026, Now).Value;

        Assert.Equal(VacancyStatus.Draft, draft.Status);
        Assert.False(draft.IsOpenOn(DateOnly.FromDateTime(Now.UtcDateTime)));
        Assert.Equal("vacancy.wage_below_minimum", Vacancy.Draft(EmployerId.New(), Details(2_000_000), Wage2026, Now).Error!.Code);
    }

    [Fact]
    public void An_unverified_business_cannot_publish_and_the_draft_is_unchanged()
    {
        var draft = Vacancy.Draft(EmployerId.New(), Details(), Wage2026, Now).Value;

        Assert.Equal("vacancy.employer_unverified", draft.Publish(VerificationStatus.Pending, Wage2026, Now).Error!.Code);
        Assert.Equal("vacancy.employer_unverified", draft.Publish(VerificationStatus.Rejected, Wage2026, Now).Error!.Code);
        Assert.Equal(VacancyStatus.Draft, draft.Status);
    }

    [Fact]
    public void Publishing_checks_the_minimum_wage_in_force_on_the_day_and_is_idempotent()
    {
        var draft = Vacancy.Draft(EmployerId.New(), Details(3_000_000), Wage2026, Now).Value;
        var newYear = new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("vacancy.wage_below_minimum", draft.Publish(VerificationStatus.Verified, Wage2027, newYear).Error!.Code);
        Assert.True(draft.Publish(VerificationStatus.Verified, Wage2026, Now).IsSuccess);
        Assert.Equal(VacancyStatus.Open, draft.Status);
        Assert.Equal(Now, draft.PostedAt);
        Assert.True(draft.Publish(VerificationStatus.Verified, Wage2026, Now.AddDays(1)).IsSuccess);
        Assert.Equal(Now, draft.PostedAt);
    }

    [Fact]
    public void Editing_replaces_the_details_and_a_closed_vacancy_cannot_change_or_reopen()
    {
        var vacancy = Vacancy.Draft(EmployerId.New(), Details(), Wage2026, Now).Value;

        Assert.True(vacancy.Edit(Details(title: "Gazaltı kaynakçısı") with { Positions = 3 }, Wage2026, Now).IsSuccess);
        Assert.Equal("Gazaltı kaynakçısı", vacancy.Title);
        Assert.Equal(3, vacancy.Positions);
        Assert.Equal("vacancy.title", vacancy.Edit(Details(title: " "), Wage2026, Now).Error!.Code);
        Assert.Equal("Gazaltı kaynakçısı", vacancy.Title);

        Assert.True(vacancy.Close().IsSuccess);
        Assert.Equal("vacancy.already_closed", vacancy.Edit(Details(), Wage2026, Now).Error!.Code);
        Assert.Equal("vacancy.already_closed", vacancy.Publish(VerificationStatus.Verified, Wage2026, Now).Error!.Code);
    }
}
