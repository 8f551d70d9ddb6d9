namespace LabourHub.Matching.Training;

/// <summary>LightGBM LambdaRank settings; defaults suit tens of thousands to millions of rows on two cores.</summary>
public sealed record TrainingOptions
{
    public int Trees { get; init; } = 150;
    public int Leaves { get; init; } = 24;
    public double LearningRate { get; init; } = 0.08;
    public int MinimumRowsPerLeaf { get; init; } = 20;
    public int Seed { get; init; } = 42;

    /// <summary>One thread: LightGBM's OpenMP threads fight over two shared cores (MACHINE_NOTES.md).</summary>
    public int Threads { get; init; } = 1;
}
