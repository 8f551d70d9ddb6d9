using LabourHub.Matching.Ranking;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// What ranks in this process right now: the promoted model or the baseline, the version, and why
/// ("promoted", "no_model", "schema_mismatch", "load_failed").
/// </summary>
public sealed record ServingRanker(IRanker Ranker, string? Version, string Reason)
{
    public static ServingRanker Baseline(string reason, string? refusedVersion = null) => new(new BaselineRanker(), refusedVersion, reason);

    public bool IsModel => Ranker is TreeEnsembleRanker;
}
