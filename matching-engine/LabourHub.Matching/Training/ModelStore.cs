using System.Text.Json;
using LabourHub.Matching.Features;
using LabourHub.Matching.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace LabourHub.Matching.Training;

/// <summary>Saves and loads versioned models: the ML.NET zip plus a JSON manifest with schema hash and metrics.</summary>
public static class ModelStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task SaveAsync(TrainedModel model, ModelManifest manifest, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            model.Save(stream);
        }

        File.Move(temporary, path, overwrite: true);
        await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(manifest, Json), cancellationToken);
    }

    public static async Task<(TreeEnsembleRanker Ranker, ModelManifest Manifest)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var manifest = JsonSerializer.Deserialize<ModelManifest>(await File.ReadAllTextAsync(path + ".json", cancellationToken), Json)
            ?? throw new InvalidDataException($"{path}.json is empty.");
        if (manifest.FeatureSchemaHash != FeatureSchema.Hash)
        {
            throw new InvalidDataException(
                $"The model at {path} was trained on feature schema {manifest.FeatureSchemaHash}, but this engine uses {FeatureSchema.Hash}. Retrain it.");
        }

        var context = new MLContext();
        await using var stream = File.OpenRead(path);
        var transformer = context.Model.Load(stream, out _);
        var ranking = transformer as RankingPredictionTransformer<LightGbmRankingModelParameters>
            ?? throw new InvalidDataException($"{path} does not hold a LightGBM ranking model.");
        return (new TreeEnsembleRanker(ranking.Model.TrainedTreeEnsemble), manifest);
    }

    public static ModelManifest NewManifest(TrainedModel model, DateTimeOffset now, IReadOnlyDictionary<string, double>? metrics, bool promoted)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelManifest
        {
            Version = now.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            CreatedAt = now,
            FeatureSchemaHash = FeatureSchema.Hash,
            FeatureNames = FeatureSchema.Names,
            TrainingRows = model.TrainingRows,
            Trees = model.Ranker.TreeCount,
            Metrics = metrics,
            Promoted = promoted,
        };
    }
}
