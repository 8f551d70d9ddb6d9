namespace LabourHub.Matching.Training;

/// <summary>LightGBM LambdaRank settings; defaults suit tens of thousands to millions of rows on two cores.</summary>
public sealed record TrainingOptions
{
    public int Trees { get; init; } = 300;
    public int Leaves { get; init; } = 8;
    public double LearningRate { get; init; } = 0.05;
    public int MinimumRowsPerLeaf { get; init; } = 40;
    public int Seed { get; init; } = 42;

    /// <summary>One thread: LightGBM's OpenMP threads fight over two shared cores (MACHINE_NOTES.md).</summary>
    public int Threads { get; init; } = 1;
}
