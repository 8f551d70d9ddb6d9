using LabourHub.Matching.Evaluation;

namespace LabourHub.Matching.Training;

/// <summary>A model serves only if it beats the transparent baseline on held-out NDCG@10; otherwise the baseline serves.</summary>
public static class Promotion
{
    public static bool ShouldPromote(RankerEvaluation model, RankerEvaluation baseline)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        return model.Jobs > 0 && model.Ndcg10 > baseline.Ndcg10;
    }
}
