namespace LabourHub.Application.Vacancies.SearchVacancies;

/// <summary>What a worker or a partner system asks of the vacancy search. Validated by the caller against <see cref="Common.Paging"/>.</summary>
public sealed record VacancySearchQuery
{
    public string? Text { get; init; }
    public int? ProvinceCode { get; init; }

    /// <summary>An ISCO-08 prefix: "7" for craft workers, "7212" for welders.</summary>
    public string? IscoPrefix { get; init; }

    public string? NaceSection { get; init; }

    /// <summary>Only vacancies within this circle; also the origin of the distance sort.</summary>
    public GeoCircle? Near { get; init; }

    /// <summary>Relevance needs words; without them the list is newest first.</summary>
    public VacancySort Sort { get; init; } = VacancySort.Relevance;

    /// <summary>Which counts to return with the page: any of <see cref="VacancyFacets.All"/>.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Common.Paging.DefaultPageSize;

    /// <summary>The <c>next</c> cursor of the previous page, for paging deeper than page numbers reach.</summary>
    public string? After { get; init; }
}

public sealed record GeoCircle(double Latitude, double Longitude, double RadiusKm);

public enum VacancySort
{
    Relevance = 0,
    Newest = 1,
    Distance = 2,
}

public static class VacancyFacets
{
    public const string Province = "province";
    public const string Sector = "sector";
    public const string Isco = "isco";

    public static IReadOnlyList<string> All { get; } = [Province, Sector, Isco];
}
