namespace LabourHub.Search.Contract;

/// <summary>A query against one index. Filters are AND-ed; the values of one filter are OR-ed.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    /// <summary>How deep page/pageSize paging may go; beyond it callers page with <see cref="After"/>.</summary>
    public const int MaxWindow = 10_000;

    public required string Index { get; init; }

    /// <summary>Free text, typo tolerant and folded; empty or null matches every document.</summary>
    public string? Text { get; init; }

    /// <summary>The reader's language (tr, ar, fa, en): its stemmed fields weigh a little more.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<KeywordFilter> Filters { get; init; } = [];

    /// <summary>Keyword prefixes, such as an ISCO-08 prefix "72" on the isco field.</summary>
    public IReadOnlyList<PrefixFilter> Prefixes { get; init; } = [];

    /// <summary>Only documents dated on or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only documents within the radius, measured exactly (great circle); also the origin for distance sort.</summary>
    public GeoRadius? Near { get; init; }

    /// <summary>Keyword fields to count values of, over every matching document (not just the page).</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    public int FacetSize { get; init; } = 100;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>A cursor from <see cref="SearchResult.Next"/>: the page after it, at any depth (Page is then ignored).</summary>
    public string? After { get; init; }

    /// <summary>Return highlighted fragments of the matching text fields.</summary>
    public bool Highlight { get; init; }

    /// <summary>
    /// Required on restricted indexes (candidates): the caller's access tags. Only documents whose "access" keyword
    /// holds one of them match; the filter is part of the query, so counts and facets never see other documents.
    /// </summary>
    public IReadOnlyList<string>? Access { get; init; }
}

public sealed record KeywordFilter(string Field, IReadOnlyList<string> AnyOf)
{
    public KeywordFilter(string field, string value)
        : this(field, [value])
    {
    }
}

public sealed record PrefixFilter(string Field, string Prefix);

public sealed record GeoRadius(GeoPoint Origin, double RadiusKm);

public enum SearchSort
{
    Relevance = 0,
    Newest = 1,
    Distance = 2,
}
