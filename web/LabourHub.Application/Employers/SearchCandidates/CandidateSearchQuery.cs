using LabourHub.Application.Vacancies.SearchVacancies;

namespace LabourHub.Application.Employers.SearchCandidates;

/// <summary>An employer's search for people: occupation words, skills, languages, place and permit readiness.</summary>
public sealed record CandidateSearchQuery
{
    public string? Text { get; init; }
    public string? IscoPrefix { get; init; }
    public int? ProvinceCode { get; init; }

    /// <summary>ISO 639-1: only people who speak it.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>Only people whose six-month wait after protection registration is over.</summary>
    public bool PermitReadyOnly { get; init; }

    public GeoCircle? Near { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Common.Paging.DefaultPageSize;
}

/// <summary>
/// A person as an employer's search shows them: professional facts only, never a name, contact, nationality,
/// gender, age or document (<see cref="Workers.WorkerAccessLevel.Professional"/>).
/// </summary>
public sealed record CandidateCard(
    Guid WorkerId,
    IReadOnlyList<string> Occupations,
    int SkillCount,
    IReadOnlyList<string> Languages,
    string ProvinceName,
    int ExperienceYears,
    string Education,
    DateOnly AvailableFrom,
    bool WillingToRelocate,
    bool PermitReady,
    bool AppliedToYou,
    double? DistanceKm);

public sealed record CandidateSearchResult(IReadOnlyList<CandidateCard> Items, long Total, int Page, int PageSize, bool FromIndex)
{
    public int PageCount => Total == 0 ? 1 : (int)Math.Min(int.MaxValue, ((Total - 1) / PageSize) + 1);
}
