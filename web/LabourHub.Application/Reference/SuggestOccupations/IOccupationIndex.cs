namespace LabourHub.Application.Reference.SuggestOccupations;

/// <summary>Occupation autocomplete from the search index (ISCO-08 groups and ESCO occupations).</summary>
public interface IOccupationIndex
{
    /// <exception cref="Common.SearchIndexUnavailableException">The engine cannot answer; the caller falls back.</exception>
    Task<IReadOnlyList<OccupationSuggestion>> SuggestAsync(string typed, string language, int limit, CancellationToken cancellationToken);
}
