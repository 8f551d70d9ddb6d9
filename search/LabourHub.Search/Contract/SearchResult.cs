namespace LabourHub.Search.Contract;

/// <summary>One page of hits, the total number of matches, facet counts and the cursor to the next page.</summary>
public sealed record SearchResult(
    long Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? Next);

/// <summary>A matching document: its id, relevance score, distance from the origin and highlighted fragments.</summary>
public sealed record SearchHit(string Id, double Score, double? DistanceKm, IReadOnlyDictionary<string, string> Highlights);

public sealed record FacetCount(string Value, long Count);

/// <summary>An autocomplete answer: the document id and its label in the asked language (or the first there is).</summary>
public sealed record Suggestion(string Id, string Label, IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords);

public sealed record SuggestRequest
{
    public required string Index { get; init; }

    /// <summary>What the user typed so far; the last word is a prefix, earlier words whole (typo tolerant).</summary>
    public required string Prefix { get; init; }

    public string? Language { get; init; }

    public int Size { get; init; } = 10;
}

public sealed record SearchHealth(bool Available, string Provider, string? Problem);
