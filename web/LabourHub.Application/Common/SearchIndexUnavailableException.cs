namespace LabourHub.Application.Common;

/// <summary>The search index cannot answer now; use cases fall back to the database and say so.</summary>
public sealed class SearchIndexUnavailableException : Exception
{
    public SearchIndexUnavailableException()
    {
    }

    public SearchIndexUnavailableException(string message)
        : base(message)
    {
    }

    public SearchIndexUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The caller sent a cursor or combination the search cannot serve; answered as a 400 with this message.</summary>
public sealed class SearchQueryRejectedException(string message) : Exception(message);
