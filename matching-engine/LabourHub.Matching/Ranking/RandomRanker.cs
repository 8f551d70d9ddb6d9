namespace LabourHub.Matching.Ranking;

/// <summary>The floor every ranker must clear: a seeded random order.</summary>
public sealed class RandomRanker(int seed) : IRanker
{
    private readonly Random _random = new(seed);

    public string Name => "random";

    public float Score(ReadOnlySpan<float> features) => (float)_random.NextDouble();
}
