namespace LabourHub.Application.Vacancies.ListVacancies;

/// <summary>Filters for the public vacancy list. Validated by the caller against <see cref="Common.Paging"/>.</summary>
public sealed record ListVacanciesQuery
{
    public string? Text { get; init; }
    public int? ProvinceCode { get; init; }

    /// <summary>An ISCO-08 prefix: "7" for craft workers, "7212" for welders.</summary>
    public string? IscoPrefix { get; init; }

    public string? NaceSection { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Common.Paging.DefaultPageSize;
}
