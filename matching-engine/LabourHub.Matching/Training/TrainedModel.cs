using LabourHub.Matching.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace LabourHub.Matching.Training;

/// <summary>A trained LambdaRank model: ML.NET's transformer (saved as a zip) and its direct tree evaluator.</summary>
public sealed class TrainedModel(
    MLContext context,
    RankingPredictionTransformer<LightGbmRankingModelParameters> transformer,
    TreeEnsembleRanker ranker,
    DataViewSchema inputSchema,
    int trainingRows)
{
    public TreeEnsembleRanker Ranker { get; } = ranker;

    public int TrainingRows { get; } = trainingRows;

    public RankingPredictionTransformer<LightGbmRankingModelParameters> Transformer { get; } = transformer;

    public MLContext Context { get; } = context;

    public void Save(Stream stream) => Context.Model.Save(Transformer, inputSchema, stream);

    /// <summary>Scores rows through ML.NET itself: the reference the direct evaluator is tested against.</summary>
    public float[] ScoreWithMlNet(IEnumerable<RankingRow> rows)
    {
        var scored = Transformer.Transform(Context.Data.LoadFromEnumerable(rows));
        return scored.GetColumn<float>("Score").ToArray();
    }
}
