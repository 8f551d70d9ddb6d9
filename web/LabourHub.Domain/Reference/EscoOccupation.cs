namespace LabourHub.Domain.Reference;

/// <summary>An ESCO v1.1.1 occupation, under one ISCO-08 unit group.</summary>
public sealed class EscoOccupation
{
    public required string Uri { get; init; }
    public required string IscoCode { get; init; }
    public required string PreferredLabel { get; init; }

    /// <summary>Alternative English labels, newline-separated as ESCO ships them.</summary>
    public string AltLabels { get; init; } = string.Empty;
}
