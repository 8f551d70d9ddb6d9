namespace LabourHub.Matching.Ranking;

/// <summary>Scores one feature vector; higher ranks first.</summary>
public interface IRanker
{
    string Name { get; }

    float Score(ReadOnlySpan<float> features);
}
