namespace LabourHub.Application.Workers.Documents;

/// <summary>Finds ESCO skill and occupation labels inside free text (a CV). Implemented in Infrastructure over the reference data.</summary>
public interface ISkillLabelMatcher
{
    IReadOnlyList<LabelMatch> Match(string text, int limit);
}

/// <summary>One label found in the text: the ESCO concept, its preferred label, and for occupations the ISCO group.</summary>
public sealed record LabelMatch(string Uri, string Label, string? IscoCode);
