using LabourHub.Matching.Cli.DataSet;
using LabourHub.Matching.Evaluation;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Cli;

/// <summary>
/// `train --data DIR --model FILE`: LightGBM LambdaRank on every job's graded outcomes, saved with its manifest and
/// promoted only if it beats the baseline in 5-fold cross-validation by job.
/// </summary>
internal static class TrainCommand
{
    public static async Task<int> RunAsync(string dataFolder, string modelPath, TrainingOptions options, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var data = MatchingDataSet.Load(dataFolder);
        var context = MatchingContext.Load(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var groups = new GroupBuilder(data, context.Extractor, context.Rules, context.MinimumWage).Build(seed: 1);
        var jobs = groups.Select(g => g.Group).ToList();

        // Promotion is decided on held-out jobs with 5-fold cross-validation (group-wise: a job's candidates never
        // sit on both sides); one 20% split of a few hundred jobs is too noisy to decide on.
        var folds = GroupBuilder.FoldsByJob(jobs, g => g.JobId, 5);
        var modelFolds = new List<RankerEvaluation>();
        var baselineFolds = new List<RankerEvaluation>();
        foreach (var (train, heldOut) in folds)
        {
            var foldModel = new LambdaRankTrainer(options).Train(train);
            modelFolds.Add(Evaluator.Evaluate(foldModel.Ranker, heldOut));
            baselineFolds.Add(Evaluator.Evaluate(new BaselineRanker(), heldOut));
        }

        var modelScore = Mean("model", modelFolds);
        var baselineScore = Mean("baseline", baselineFolds);
        await Console.Out.WriteLineAsync($"{jobs.Count} jobs with outcomes; 5-fold cross-validation by job, then the final model on all of them.");
        var model = new LambdaRankTrainer(options).Train(jobs);
        var promoted = Promotion.ShouldPromote(modelScore, baselineScore);
        var metrics = new Dictionary<string, double>
        {
            ["cv.ndcg@10.model"] = modelScore.Ndcg10,
            ["cv.ndcg@10.baseline"] = baselineScore.Ndcg10,
            ["cv.map.model"] = modelScore.MeanAveragePrecision,
            ["cv.map.baseline"] = baselineScore.MeanAveragePrecision,
        };
        await ModelStore.SaveAsync(model, ModelStore.NewManifest(model, clock.GetUtcNow(), metrics, promoted), modelPath, cancellationToken);

        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"Trained {model.Ranker.TreeCount} trees on {model.TrainingRows} rows in {clock.GetElapsedTime(started).TotalSeconds:0.0} s. Cross-validated NDCG@10: model {modelScore.Ndcg10:0.000}, baseline {baselineScore.Ndcg10:0.000}."));
        await Console.Out.WriteLineAsync(promoted
            ? $"Promoted: the model beats the baseline. Saved {modelPath} and {modelPath}.json."
            : $"Not promoted: the baseline stays in service. Saved {modelPath} and {modelPath}.json for inspection.");
        return 0;
    }

    private static RankerEvaluation Mean(string name, List<RankerEvaluation> folds) => new(
        name,
        folds.Average(f => f.Ndcg5),
        folds.Average(f => f.Ndcg10),
        folds.Average(f => f.MeanAveragePrecision),
        folds.Average(f => f.Recall10),
        folds.Sum(f => f.Jobs));
}
