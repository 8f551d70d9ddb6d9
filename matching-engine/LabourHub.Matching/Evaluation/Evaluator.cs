using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Evaluation;

/// <summary>Ranks every group's candidates with each ranker and averages the metrics.</summary>
public static class Evaluator
{
    public static RankerEvaluation Evaluate(IRanker ranker, IReadOnlyList<RankingGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(groups);
        var ndcg5 = new List<double>();
        var ndcg10 = new List<double>();
        var map = new List<double>();
        var recall = new List<double>();
        foreach (var group in groups)
        {
            // Stable order on ties: by position in the data set, so equal scores cannot flatter a ranker.
            var ranked = group.Features
                .Select((f, i) => (Score: ranker.Score(f), Label: group.Labels[i], Index: i))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                .Select(x => x.Label)
                .ToList();
            if (RankingMetrics.Ndcg(ranked, 10) is not { } n10)
            {
                continue;
            }

            ndcg10.Add(n10);
            ndcg5.Add(RankingMetrics.Ndcg(ranked, 5) ?? 0);
            map.Add(RankingMetrics.AveragePrecision(ranked) ?? 0);
            recall.Add(RankingMetrics.Recall(ranked, 10) ?? 0);
        }

        return new RankerEvaluation(ranker.Name, Mean(ndcg5), Mean(ndcg10), Mean(map), Mean(recall), ndcg10.Count);
    }

    private static double Mean(List<double> values) => values.Count == 0 ? 0 : values.Average();
}
