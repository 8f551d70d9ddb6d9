namespace LabourHub.Matching.Inputs;

/// <summary>A vacancy (or a labour-needs line) as the matching engine sees it.</summary>
public sealed record JobProfile
{
    public required string Id { get; init; }
    public required string IscoCode { get; init; }
    public IReadOnlyList<string> EssentialSkills { get; init; } = [];
    public IReadOnlyList<string> OptionalSkills { get; init; } = [];

    /// <summary>ISO 639-1 code → minimum CEFR rank.</summary>
    public IReadOnlyDictionary<string, int> Languages { get; init; } = new Dictionary<string, int>();

    public required int ProvinceCode { get; init; }
    public long WageMinKurus { get; init; }
    public long WageMaxKurus { get; init; }
    public required DateOnly StartsOn { get; init; }

    /// <summary>The vacancy's title and description (or a needs line's wording), for the text-relevance feature.</summary>
    public string? Text { get; init; }
}
