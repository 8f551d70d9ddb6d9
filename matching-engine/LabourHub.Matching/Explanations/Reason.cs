namespace LabourHub.Matching.Explanations;

/// <summary>
/// One reason a candidate ranks where they do: a feature and how much it moved the score. The web layer maps
/// <see cref="Code"/> (the feature name plus "+" or "-") to a sentence in the reader's language.
/// </summary>
public sealed record Reason(string Feature, float Contribution)
{
    public string Code => Feature + (Contribution >= 0 ? "+" : "-");
}
