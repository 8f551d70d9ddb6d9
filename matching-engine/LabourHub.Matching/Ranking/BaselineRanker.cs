using LabourHub.Matching.Features;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// The transparent yardstick and cold-start ranker: a weighted sum a case worker can read. A learned model serves
/// only when it beats this on held-out data.
/// </summary>
public sealed class BaselineRanker : IBlockRanker
{
    public static readonly IReadOnlyDictionary<int, float> Weights = new Dictionary<int, float>
    {
        [FeatureSchema.OccupationProximity] = 3.0f,
        [FeatureSchema.EssentialSkillCoverage] = 2.0f,
        [FeatureSchema.OptionalSkillCoverage] = 0.5f,
        [FeatureSchema.LanguagesMet] = 1.0f,
        [FeatureSchema.LanguageGap] = -0.5f,
        [FeatureSchema.DistanceHundredsKm] = -0.1f,
        [FeatureSchema.LocationFit] = 1.0f,
        [FeatureSchema.Experience] = 0.05f,
        [FeatureSchema.Education] = 0.05f,
        [FeatureSchema.WageFit] = 0.5f,
        [FeatureSchema.AvailabilityLag] = -0.2f,
        [FeatureSchema.PermitReadiness] = 1.0f,
        [FeatureSchema.ProfileRecency] = -0.1f,
        [FeatureSchema.RelatedSkillCoverage] = 1.0f,
        [FeatureSchema.TextRelevance] = 0.5f,
    };

    private static readonly float[] Vector = Enumerable.Range(0, FeatureSchema.Count).Select(i => Weights.GetValueOrDefault(i)).ToArray();

    public string Name => "baseline";

    public float Score(ReadOnlySpan<float> features)
    {
        var score = 0f;
        for (var i = 0; i < Vector.Length; i++)
        {
            score += Vector[i] * features[i];
        }

        return score;
    }

    /// <summary>The same weighted sum for a column-major block, adding the features in the same order (same floats).</summary>
    public void ScoreBlock(ReadOnlySpan<float> columns, int stride, int rows, Span<float> scores)
    {
        var output = scores[..rows];
        output.Clear();
        for (var i = 0; i < Vector.Length; i++)
        {
            var weight = Vector[i];
            var column = columns.Slice(i * stride, rows);
            for (var r = 0; r < output.Length; r++)
            {
                output[r] += weight * column[r];
            }
        }
    }
}
