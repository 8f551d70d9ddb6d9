namespace LabourHub.Search.Contract;

/// <summary>
/// The one search contract the portal uses; Lucene.Net (embedded, default) and Elasticsearch implement it.
/// Providers throw <see cref="SearchUnavailableException"/> when the engine cannot answer, so the caller can fall back.
/// </summary>
public interface ISearchEngine
{
    string Provider { get; }

    /// <summary>Adds or replaces documents by id; visible to searches when the call returns (near real time).</summary>
    Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Removes every document of the index, before a rebuild from the database.</summary>
    Task ResetAsync(string index, CancellationToken cancellationToken);

    Task<long> CountAsync(string index, CancellationToken cancellationToken);

    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken);

    Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

/// <summary>The engine cannot answer now (down, overloaded, timed out); the caller may fall back to the database.</summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException()
    {
    }

    public SearchUnavailableException(string message)
        : base(message)
    {
    }

    public SearchUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A request the contract does not allow (unknown sort origin, missing access filter on a restricted index).</summary>
public sealed class InvalidSearchRequestException(string message) : ArgumentException(message);
