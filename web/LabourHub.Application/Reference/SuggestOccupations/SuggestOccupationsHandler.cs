using LabourHub.Application.Common;

namespace LabourHub.Application.Reference.SuggestOccupations;

/// <summary>
/// Suggests occupations as people type: from the search index (typo tolerant, folded), or from the in-memory
/// catalogue's word-prefix match when the index cannot answer.
/// </summary>
public sealed class SuggestOccupationsHandler(IOccupationIndex index, IReferenceCatalogue catalogue)
{
    public async Task<IReadOnlyList<OccupationSuggestion>> HandleAsync(string typed, string language, int limit, CancellationToken cancellationToken)
    {
        try
        {
            var found = await index.SuggestAsync(typed, language, limit, cancellationToken);
            return found.Count > 0 ? found : catalogue.SuggestOccupations(typed, language, limit);
        }
        catch (SearchIndexUnavailableException)
        {
            return catalogue.SuggestOccupations(typed, language, limit);
        }
    }
}
