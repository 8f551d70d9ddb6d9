using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Application.Reference;

/// <summary>
/// Reference data held in memory after the first start's import: titles and names looked up on every page,
/// and the occupation autocomplete. Implemented in Infrastructure.
/// </summary>
public interface IReferenceCatalogue : IIscoCodeCatalog
{
    IReadOnlyList<Province> Provinces { get; }

    string ProvinceName(int code);

    string OccupationTitle(string iscoCode, string language);

    IReadOnlyList<NaceActivity> NaceSections { get; }

    /// <summary>Where a job or a person is: the district's centre when it is known and mapped, else the province's.</summary>
    GeoPosition LocationOf(int provinceCode, string? district);

    IReadOnlyList<OccupationSuggestion> SuggestOccupations(string query, string language, int limit);
}
