namespace LabourHub.Application.Matching.Models;

/// <summary>
/// One trained version: when, on how much, its held-out metrics against the baseline and random, the feature-schema
/// hash it was trained on, and whether it was promoted (with the decision code: "promoted", "not_better", "unfair"), and the fairness audit of the held-out rankings.
/// </summary>
public sealed record ModelVersionView(
    string Version,
    DateTimeOffset CreatedAt,
    int TrainingRows,
    int Groups,
    string SchemaHash,
    bool SchemaMatches,
    bool Promoted,
    string Decision,
    bool Serving,
    RankerMetrics Model,
    RankerMetrics Baseline,
    RankerMetrics Random,
    IReadOnlyList<FairnessView> Fairness);
