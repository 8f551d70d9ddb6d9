namespace LabourHub.Application.Reference;

/// <summary>One autocomplete answer: the label that matched, and the ISCO-08 unit group it belongs to.</summary>
/// <param name="Label">The matched label in the reader's language (English where no translation exists).</param>
/// <param name="IscoCode">The ISCO-08 group code.</param>
/// <param name="IscoTitle">The ISCO-08 group's title in the reader's language.</param>
/// <param name="EscoUri">The ESCO occupation, when the label came from ESCO rather than ISCO.</param>
public sealed record OccupationSuggestion(string Label, string IscoCode, string IscoTitle, string? EscoUri);
