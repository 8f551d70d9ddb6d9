namespace LabourHub.Domain.Protection;

/// <summary>The ILO's eleven indicators of forced labour (ILO, "ILO Indicators of Forced Labour", 2012).</summary>
public static class ForcedLabourIndicator
{
    public static IReadOnlyList<string> All { get; } =
    [
        "abuse_of_vulnerability",
        "deception",
        "restriction_of_movement",
        "isolation",
        "physical_sexual_violence",
        "intimidation_threats",
        "retention_of_documents",
        "withholding_of_wages",
        "debt_bondage",
        "abusive_conditions",
        "excessive_overtime",
    ];
}
