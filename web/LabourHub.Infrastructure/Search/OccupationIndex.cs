using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Application.Reference.SuggestOccupations;
using LabourHub.Search.Contract;

namespace LabourHub.Infrastructure.Search;

/// <summary>Occupation autocomplete on the search contract; one suggestion per ISCO group or ESCO occupation.</summary>
public sealed class OccupationIndex(ISearchEngine engine, IReferenceCatalogue catalogue) : IOccupationIndex
{
    public async Task<IReadOnlyList<OccupationSuggestion>> SuggestAsync(string typed, string language, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> found;
        try
        {
            // Ask for more than shown: labels that begin with what was typed come first, then the engine's order.
            found = await engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = typed, Language = language, Size = Math.Min(50, limit * 3) }, cancellationToken);
        }
        catch (SearchUnavailableException e)
        {
            throw new SearchIndexUnavailableException(e.Message, e);
        }

        var start = TextFolding.Fold(typed).Trim();
        return found
            .Where(s => s.Keywords.TryGetValue("isco", out var codes) && codes.Count > 0)
            .OrderBy(s => TextFolding.Fold(s.Label).StartsWith(start, StringComparison.Ordinal) ? 0 : 1)
            .Take(limit)
            .Select(s =>
            {
                var isco = s.Keywords["isco"][0];
                var uri = s.Keywords.TryGetValue("uri", out var uris) && uris.Count > 0 ? uris[0] : null;
                return new OccupationSuggestion(s.Label, isco, catalogue.OccupationTitle(isco, language), uri);
            })
            .ToList();
    }
}
