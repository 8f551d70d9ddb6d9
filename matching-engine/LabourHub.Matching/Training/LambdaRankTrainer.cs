using LabourHub.Matching.Features;
using LabourHub.Matching.Ranking;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace LabourHub.Matching.Training;

/// <summary>Trains ML.NET's LightGBM LambdaRank on graded outcomes, one group per job.</summary>
public sealed class LambdaRankTrainer(TrainingOptions options)
{
    /// <summary>Gains for labels 0-4, the usual NDCG gains 2^label - 1.</summary>
    public static readonly int[] LabelGains = [0, 1, 3, 7, 15];

    public TrainedModel Train(IEnumerable<RankingGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var context = new MLContext(options.Seed);
        var rows = ToRows(groups).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("No training rows: the data set has no job with candidates.");
        }

        var data = context.Data.LoadFromEnumerable(rows);
        var trainer = context.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
        {
            LabelColumnName = nameof(RankingRow.Label),
            FeatureColumnName = nameof(RankingRow.Features),
            RowGroupColumnName = nameof(RankingRow.GroupId),
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumRowsPerLeaf,
            NumberOfThreads = options.Threads,
            Seed = options.Seed,
            CustomGains = LabelGains,
            Verbose = false,
            Silent = true,
        });
        var transformer = trainer.Fit(data);
        var ranker = new TreeEnsembleRanker(transformer.Model.TrainedTreeEnsemble);
        return new TrainedModel(context, transformer, ranker, data.Schema, rows.Count);
    }

    public static IEnumerable<RankingRow> ToRows(IEnumerable<RankingGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        uint groupId = 0;
        foreach (var group in groups)
        {
            groupId++;
            for (var i = 0; i < group.Features.Count; i++)
            {
                if (group.Features[i].Length != FeatureSchema.Count)
                {
                    throw new ArgumentException($"Job {group.JobId}: a feature vector has {group.Features[i].Length} values, not {FeatureSchema.Count}.");
                }

                yield return new RankingRow { Label = Math.Clamp(group.Labels[i], 0, 4), GroupId = groupId, Features = group.Features[i] };
            }
        }
    }
}
