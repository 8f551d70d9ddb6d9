namespace LabourHub.Search.Contract;

/// <summary>The indexes LabourHub keeps and the field names both providers share.</summary>
public static class SearchIndexes
{
    /// <summary>Open vacancies: public.</summary>
    public const string Vacancies = "vacancies";

    /// <summary>Worker profiles, consented professional fields only: restricted by the access keyword.</summary>
    public const string Candidates = "candidates";

    /// <summary>ISCO-08 groups and ESCO occupations with their labels, for autocomplete.</summary>
    public const string Occupations = "occupations";

    public static IReadOnlyList<string> All { get; } = [Vacancies, Candidates, Occupations];

    /// <summary>The keyword every restricted document carries and every query on it must filter by.</summary>
    public const string AccessField = "access";

    public static bool IsRestricted(string index) => index == Candidates;

    public static bool IsKnown(string index) => All.Contains(index);

    /// <summary>The languages with their own analysis; any other language is analysed as English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["tr", "ar", "fa", "en"];

    public static string NormaliseLanguage(string? language) =>
        language is not null && Languages.Contains(language) ? language : "en";

    /// <summary>Validates what every provider must refuse, with the same messages.</summary>
    public static void Validate(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsKnown(request.Index))
        {
            throw new InvalidSearchRequestException($"Unknown index '{request.Index}'.");
        }

        if (IsRestricted(request.Index) && request.Access is null)
        {
            throw new InvalidSearchRequestException($"The index '{request.Index}' is restricted: the request must carry the caller's access tags.");
        }

        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize || request.Page < 1)
        {
            throw new InvalidSearchRequestException("Page from 1, page size from 1 to 100.");
        }

        if (request.After is null && (long)request.Page * request.PageSize > SearchRequest.MaxWindow)
        {
            throw new InvalidSearchRequestException("Pages deeper than 10,000 results are read with the cursor (After).");
        }

        if (request.Sort == SearchSort.Distance && request.Near is null)
        {
            throw new InvalidSearchRequestException("Sorting by distance needs an origin (Near).");
        }

        if (request.Near is { } near && (!near.Origin.IsValid || near.RadiusKm is <= 0 or > 2000))
        {
            throw new InvalidSearchRequestException("Latitude -90..90, longitude -180..180, radius above 0 and at most 2000 km.");
        }
    }
}
