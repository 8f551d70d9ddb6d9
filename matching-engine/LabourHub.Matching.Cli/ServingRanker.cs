using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Cli;

/// <summary>The ranker that serves: the model when it was promoted, otherwise the transparent baseline.</summary>
internal static class ServingRanker
{
    public static async Task<IRanker> LoadAsync(string modelPath, CancellationToken cancellationToken)
    {
        var (model, manifest) = await ModelStore.LoadAsync(modelPath, cancellationToken);
        return manifest.Promoted ? model : new BaselineRanker();
    }
}
