using LabourHub.Application.Reference;

namespace LabourHub.Web.Api;

public sealed record SuggestionsResponse(IReadOnlyList<OccupationSuggestion> Items);
