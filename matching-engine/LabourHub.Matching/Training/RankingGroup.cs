namespace LabourHub.Matching.Training;

/// <summary>The candidates of one job with their feature vectors and graded outcomes (labels 0-4).</summary>
public sealed record RankingGroup(string JobId, IReadOnlyList<float[]> Features, IReadOnlyList<int> Labels);
