using LabourHub.Domain.Common;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;

namespace LabourHub.Domain.Vacancies;

/// <summary>A job an employer offers: one ISCO-08 occupation, in one place, at a stated wage.</summary>
public sealed class Vacancy
{
    private readonly List<LanguageRequirement> _languages = [];
    private readonly List<VacancyTranslation> _translations = [];
    private List<string> _essentialSkillUris = [];
    private List<string> _optionalSkillUris = [];

    private Vacancy()
    {
        Title = string.Empty;
        Description = string.Empty;
        IscoCode = string.Empty;
    }

    public VacancyId Id { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string IscoCode { get; private set; }
    public IReadOnlyList<string> EssentialSkillUris => _essentialSkillUris;
    public IReadOnlyList<string> OptionalSkillUris => _optionalSkillUris;
    public IReadOnlyList<LanguageRequirement> Languages => _languages;
    public int ProvinceCode { get; private set; }
    public string? District { get; private set; }
    public ValueObjects.Money WageMin { get; private set; }
    public ValueObjects.Money WageMax { get; private set; }
    public int Positions { get; private set; }
    public Shift Shift { get; private set; }
    public bool SeasonalAgriculture { get; private set; }
    public VacancyStatus Status { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public DateOnly? ClosesOn { get; private set; }

    /// <summary>The day work begins, when the employer knows it.</summary>
    public DateOnly? StartsOn { get; private set; }

    /// <summary>Red-flag categories found when the vacancy was last published (comma-separated); null when none.</summary>
    public string? ScreeningFlags { get; private set; }

    /// <summary>The red-flag categories of <see cref="ScreeningFlags"/>.</summary>
    public IReadOnlyList<string> Flags => ScreeningFlags?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The description in other languages, written by the employer (never machine-translated).</summary>
    public IReadOnlyList<VacancyTranslation> Translations => _translations;

    /// <summary>
    /// Posts an open vacancy. Wages are net monthly amounts (what the worker takes home) and may not be below the net
    /// minimum wage in force on the day of posting (TURKIYE_RULES.md rule 9), so the caller passes that day's row of
    /// the dated minimum-wage table.
    /// </summary>
    public static Result<Vacancy> Post(EmployerId employer, VacancyDetails details, MinimumWage? minimumWage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var problem = Validate(details, minimumWage, today);
        if (problem is not null)
        {
            return Result<Vacancy>.Failure(problem);
        }

        var vacancy = new Vacancy
        {
            Id = VacancyId.New(),
            EmployerId = employer,
            Status = VacancyStatus.Open,
            PostedAt = now,
        };
        vacancy.Apply(details);
        return Result<Vacancy>.Success(vacancy);
    }

    /// <summary>
    /// Saves a draft, validated like a posting (the wage floor included) but seen by nobody until it is published:
    /// a business that is not verified yet can prepare its vacancies.
    /// </summary>
    public static Result<Vacancy> Draft(EmployerId employer, VacancyDetails details, MinimumWage? minimumWage, DateTimeOffset now)
    {
        var drafted = Post(employer, details, minimumWage, now);
        if (drafted.IsSuccess)
        {
            drafted.Value.Status = VacancyStatus.Draft;
        }

        return drafted;
    }

    /// <summary>Changes what the vacancy says; a closed or filled vacancy cannot change.</summary>
    public Result<Vacancy> Edit(VacancyDetails details, MinimumWage? minimumWage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Status is VacancyStatus.Closed or VacancyStatus.Filled)
        {
            return Result<Vacancy>.Failure("vacancy.already_closed");
        }

        var problem = Validate(details, minimumWage, DateOnly.FromDateTime(now.UtcDateTime));
        if (problem is not null)
        {
            return Result<Vacancy>.Failure(problem);
        }

        Apply(details);
        if (Status == VacancyStatus.HeldForReview)
        {
            // Changed text is screened again when the employer publishes it again.
            Status = VacancyStatus.Draft;
        }

        return Result<Vacancy>.Success(this);
    }

    /// <summary>
    /// Publishes after screening: with red flags the vacancy is held for a case worker instead of opened (never
    /// silently refused: the employer is shown the reasons, and a case worker can open it).
    /// </summary>
    public Result<Vacancy> Publish(VerificationStatus employerVerification, MinimumWage? minimumWage, DateTimeOffset now, IReadOnlyCollection<string> redFlags)
    {
        ArgumentNullException.ThrowIfNull(redFlags);
        if (Status == VacancyStatus.Paused)
        {
            return Result<Vacancy>.Failure("vacancy.paused");
        }

        if (Status is VacancyStatus.HeldForReview or VacancyStatus.Open)
        {
            return Result<Vacancy>.Success(this);
        }

        var published = Publish(employerVerification, minimumWage, now);
        if (!published.IsSuccess)
        {
            return published;
        }

        if (redFlags.Count > 0)
        {
            Status = VacancyStatus.HeldForReview;
            ScreeningFlags = string.Join(',', redFlags.Distinct());
        }
        else
        {
            ScreeningFlags = null;
        }

        return published;
    }

    /// <summary>A case worker read the held vacancy and found nothing wrong: it opens (the flags stay on record).</summary>
    public Result<Vacancy> ApproveAfterReview(DateTimeOffset now)
    {
        if (Status != VacancyStatus.HeldForReview)
        {
            return Result<Vacancy>.Failure("vacancy.not_held");
        }

        Status = VacancyStatus.Open;
        PostedAt = now;
        return Result<Vacancy>.Success(this);
    }

    /// <summary>A case worker sends the held vacancy back to the employer to change (it becomes a draft again).</summary>
    public Result<Vacancy> ReturnToEmployer()
    {
        if (Status != VacancyStatus.HeldForReview)
        {
            return Result<Vacancy>.Failure("vacancy.not_held");
        }

        Status = VacancyStatus.Draft;
        return Result<Vacancy>.Success(this);
    }

    /// <summary>Takes an open vacancy off the marketplace while a case against the business is open.</summary>
    public bool Pause()
    {
        if (Status != VacancyStatus.Open)
        {
            return false;
        }

        Status = VacancyStatus.Paused;
        return true;
    }

    /// <summary>Puts a paused vacancy back on the marketplace.</summary>
    public bool Resume()
    {
        if (Status != VacancyStatus.Paused)
        {
            return false;
        }

        Status = VacancyStatus.Open;
        return true;
    }

    /// <summary>
    /// Opens a draft to workers. Only a business a case worker verified may publish, and the wage must still meet the
    /// minimum wage in force on the day of publishing. Publishing an open vacancy again changes nothing.
    /// </summary>
    public Result<Vacancy> Publish(VerificationStatus employerVerification, MinimumWage? minimumWage, DateTimeOffset now)
    {
        if (Status == VacancyStatus.Open)
        {
            return Result<Vacancy>.Success(this);
        }

        if (Status != VacancyStatus.Draft)
        {
            return Result<Vacancy>.Failure("vacancy.already_closed");
        }

        if (employerVerification != VerificationStatus.Verified)
        {
            return Result<Vacancy>.Failure("vacancy.employer_unverified");
        }

        if (minimumWage is null)
        {
            return Result<Vacancy>.Failure("minimum_wage.unknown");
        }

        if (WageMin < minimumWage.NetMonthly)
        {
            return Result<Vacancy>.Failure("vacancy.wage_below_minimum");
        }

        if (ClosesOn is { } closes && closes < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return Result<Vacancy>.Failure("vacancy.closes_in_past");
        }

        Status = VacancyStatus.Open;
        PostedAt = now;
        return Result<Vacancy>.Success(this);
    }

    public Result<Vacancy> Close()
    {
        if (Status == VacancyStatus.Paused)
        {
            Status = VacancyStatus.Closed;
            return Result<Vacancy>.Success(this);
        }

        if (Status is VacancyStatus.Closed or VacancyStatus.Filled)
        {
            return Result<Vacancy>.Failure("vacancy.already_closed");
        }

        Status = VacancyStatus.Closed;
        return Result<Vacancy>.Success(this);
    }

    private void Apply(VacancyDetails details)
    {
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        IscoCode = details.Occupation.Value;
        ProvinceCode = details.ProvinceCode;
        District = details.District;
        WageMin = details.WageMin;
        WageMax = details.WageMax;
        Positions = details.Positions;
        Shift = details.Shift;
        SeasonalAgriculture = details.SeasonalAgriculture;
        ClosesOn = details.ClosesOn;
        StartsOn = details.StartsOn;
        _essentialSkillUris = details.EssentialSkillUris.Distinct().ToList();
        _optionalSkillUris = details.OptionalSkillUris.Except(_essentialSkillUris).Distinct().ToList();
        _languages.Clear();
        _languages.AddRange(details.Languages);
        _translations.Clear();
        _translations.AddRange(details.Translations.Select(t => t with { Description = t.Description.Trim() }));
    }

    public bool IsOpenOn(DateOnly day) => Status == VacancyStatus.Open && (ClosesOn is null || ClosesOn >= day);

    private static DomainError? Validate(VacancyDetails d, MinimumWage? minimumWage, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Trim().Length > 150)
        {
            return new DomainError("vacancy.title");
        }

        if (d.Description is null || d.Description.Length > 8000)
        {
            return new DomainError("vacancy.description");
        }

        if (!Province.IsValidCode(d.ProvinceCode))
        {
            return new DomainError("province.unknown");
        }

        if (d.StartsOn is { } starts && starts < today)
        {
            return new DomainError("vacancy.starts_in_past");
        }

        if (d.Translations.Any(t => t.LanguageCode is not { Length: 2 } || string.IsNullOrWhiteSpace(t.Description) || t.Description.Trim().Length > 8000)
            || d.Translations.GroupBy(t => t.LanguageCode).Any(g => g.Count() > 1))
        {
            return new DomainError("vacancy.translation");
        }

        if (d.Positions is < 1 or > 1000)
        {
            return new DomainError("vacancy.positions");
        }

        if (d.WageMax < d.WageMin)
        {
            return new DomainError("vacancy.wage_range");
        }

        if (minimumWage is null)
        {
            return new DomainError("minimum_wage.unknown");
        }

        if (d.WageMin < minimumWage.NetMonthly)
        {
            return new DomainError("vacancy.wage_below_minimum");
        }

        return d.ClosesOn is { } closes && closes < today ? new DomainError("vacancy.closes_in_past") : null;
    }
}
