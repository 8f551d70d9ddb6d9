namespace LabourHub.Application.Matching.Models;

/// <summary>
/// The ranker serving in this process: "model" (a promoted version) or "baseline", and why (a code:
/// "promoted", "no_model", "schema_mismatch", "load_failed").
/// </summary>
public sealed record ServingView(string Ranker, string? Version, string Reason);
