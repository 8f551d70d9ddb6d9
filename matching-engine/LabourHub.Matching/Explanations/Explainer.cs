using LabourHub.Matching.Features;
using LabourHub.Matching.Ranking;

namespace LabourHub.Matching.Explanations;

/// <summary>
/// Explains one score feature by feature: how much the score changes when that feature takes its typical value
/// (the reference vector, e.g. the median candidate) instead of the candidate's own. Works the same for the
/// baseline and the tree model, and costs one score per feature, so it is run only for the shortlist shown.
/// </summary>
public sealed class Explainer(IRanker ranker, float[] reference)
{
    public IReadOnlyList<Reason> Explain(ReadOnlySpan<float> features, int top = 3)
    {
        if (reference.Length != FeatureSchema.Count)
        {
            throw new InvalidOperationException("The reference vector does not match the feature schema.");
        }

        var score = ranker.Score(features);
        Span<float> probe = stackalloc float[FeatureSchema.Count];
        var reasons = new List<Reason>(FeatureSchema.Count);
        for (var i = 0; i < FeatureSchema.Count; i++)
        {
            features.CopyTo(probe);
            probe[i] = reference[i];
            var contribution = score - ranker.Score(probe);
            if (Math.Abs(contribution) > 1e-4f)
            {
                reasons.Add(new Reason(FeatureSchema.Names[i], contribution));
            }
        }

        return reasons.OrderByDescending(r => Math.Abs(r.Contribution)).Take(top).ToList();
    }

    /// <summary>The per-feature median of a sample of candidates: "a typical candidate".</summary>
    public static float[] MedianOf(IReadOnlyList<float[]> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var median = new float[FeatureSchema.Count];
        if (sample.Count == 0)
        {
            return median;
        }

        for (var i = 0; i < FeatureSchema.Count; i++)
        {
            var column = sample.Select(s => s[i]).Order().ToList();
            median[i] = column[column.Count / 2];
        }

        return median;
    }
}
