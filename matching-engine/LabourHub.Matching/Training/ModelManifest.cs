namespace LabourHub.Matching.Training;

/// <summary>What is known about a saved model: written beside it as JSON (model.zip → model.zip.json).</summary>
public sealed record ModelManifest
{
    public required string Version { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string FeatureSchemaHash { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }
    public required int TrainingRows { get; init; }
    public required int Trees { get; init; }

    /// <summary>Held-out metrics of model and baseline, when the model was evaluated before saving.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; init; }

    /// <summary>True when the model beat the baseline on held-out NDCG@10 and may serve.</summary>
    public bool Promoted { get; init; }
}
