using LabourHub.Matching.Cli.DataSet;
using LabourHub.Matching.Evaluation;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Cli;

/// <summary>`evaluate --data DIR --model FILE [--json]`: model, baseline and random on every job of a data set.</summary>
internal static class EvaluateCommand
{
    public static async Task<int> RunAsync(string dataFolder, string modelPath, bool json, CancellationToken cancellationToken)
    {
        var data = MatchingDataSet.Load(dataFolder);
        var context = MatchingContext.Load(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var (ranker, manifest) = await ModelStore.LoadAsync(modelPath, cancellationToken);
        var groups = new GroupBuilder(data, context.Extractor, context.Rules, context.MinimumWage).Build(seed: 2).Select(g => g.Group).ToList();

        var results = new[] { Evaluator.Evaluate(ranker, groups), Evaluator.Evaluate(new BaselineRanker(), groups), Evaluator.Evaluate(new RandomRanker(7), groups) };
        if (json)
        {
            var report = new Dictionary<string, object>
            {
                ["ndcg@5"] = results.ToDictionary(r => r.Ranker, r => Math.Round(r.Ndcg5, 4)),
                ["ndcg@10"] = results.ToDictionary(r => r.Ranker, r => Math.Round(r.Ndcg10, 4)),
                ["map"] = results.ToDictionary(r => r.Ranker, r => Math.Round(r.MeanAveragePrecision, 4)),
                ["recall@10"] = results.ToDictionary(r => r.Ranker, r => Math.Round(r.Recall10, 4)),
                ["jobs"] = results[0].Jobs,
                ["modelVersion"] = manifest.Version,
                ["modelPromoted"] = manifest.Promoted,
            };
            await JsonOutput.WriteAsync(report);
        }
        else
        {
            await Console.Out.WriteLineAsync($"{results[0].Jobs} jobs with at least one relevant candidate");
            foreach (var r in results)
            {
                await Console.Out.WriteLineAsync(FormattableString.Invariant(
                    $"{r.Ranker,-9} NDCG@5 {r.Ndcg5:0.000}  NDCG@10 {r.Ndcg10:0.000}  MAP {r.MeanAveragePrecision:0.000}  recall@10 {r.Recall10:0.000}"));
            }
        }

        return 0;
    }
}
