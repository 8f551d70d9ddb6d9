namespace LabourHub.Matching.Evaluation;

/// <summary>Standard ranking metrics over graded labels (0-4), computed per job and averaged.</summary>
public static class RankingMetrics
{
    /// <summary>NDCG@k with gains 2^label - 1; null when the job has no relevant candidate (undefined).</summary>
    public static double? Ndcg(IReadOnlyList<int> labelsInRankedOrder, int k)
    {
        ArgumentNullException.ThrowIfNull(labelsInRankedOrder);
        var ideal = Dcg(labelsInRankedOrder.OrderByDescending(l => l).ToList(), k);
        return ideal == 0 ? null : Dcg(labelsInRankedOrder, k) / ideal;
    }

    /// <summary>Average precision, counting labels of at least <paramref name="relevantFrom"/> as relevant.</summary>
    public static double? AveragePrecision(IReadOnlyList<int> labelsInRankedOrder, int relevantFrom = 1)
    {
        ArgumentNullException.ThrowIfNull(labelsInRankedOrder);
        var relevant = 0;
        var sum = 0.0;
        for (var i = 0; i < labelsInRankedOrder.Count; i++)
        {
            if (labelsInRankedOrder[i] >= relevantFrom)
            {
                relevant++;
                sum += relevant / (double)(i + 1);
            }
        }

        return relevant == 0 ? null : sum / relevant;
    }

    /// <summary>Share of the relevant candidates that appear in the top k.</summary>
    public static double? Recall(IReadOnlyList<int> labelsInRankedOrder, int k, int relevantFrom = 1)
    {
        ArgumentNullException.ThrowIfNull(labelsInRankedOrder);
        var total = labelsInRankedOrder.Count(l => l >= relevantFrom);
        return total == 0 ? null : labelsInRankedOrder.Take(k).Count(l => l >= relevantFrom) / (double)total;
    }

    private static double Dcg(IReadOnlyList<int> labels, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, labels.Count); i++)
        {
            dcg += (Math.Pow(2, labels[i]) - 1) / Math.Log2(i + 2);
        }

        return dcg;
    }
}
