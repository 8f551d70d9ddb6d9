namespace LabourHub.Matching.Fairness;

/// <summary>
/// The audit of one ranked list for one attribute (nationality or gender): each group's figures, the lowest rate
/// over the highest for selection and for exposure, and the four-fifths flag.
/// </summary>
public sealed record AuditResult(
    string Attribute,
    int TopK,
    IReadOnlyList<GroupFigures> Groups,
    double SelectionRateRatio,
    double ExposureRatio)
{
    /// <summary>The four-fifths rule: a group selected at under 80% of the best-selected group's rate.</summary>
    public const double FourFifths = 0.8;

    public bool Flagged => SelectionRateRatio < FourFifths - 1e-9; // exactly 4/5 passes, whatever the rounding
}
