namespace LabourHub.Application.Matching.Models;

/// <summary>What the admin model page shows: the ranker that serves, every version, and the latest retraining run.</summary>
public sealed record ModelsOverview(ServingView Serving, string CurrentSchemaHash, IReadOnlyList<ModelVersionView> Versions, TrainingRunView? LatestRun);
