using System.Text.Json;
using LabourHub.Application.Matching.Models;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Features;
using LabourHub.Matching.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>The admin side of the models: versions with their metrics, the serving ranker, and starting a retraining run.</summary>
public sealed class MatchingModels(LabourHubDbContext db, ServingRankerProvider serving, IOptions<MatchingOptions> options, TimeProvider clock) : IMatchingModels
{
    public const int ListedVersions = 50;

    private static readonly string[] AuditedAttributes = ["nationality", "gender"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<ModelsOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var current = await serving.GetAsync(cancellationToken);
        var versions = await db.Set<MatchingModelVersion>().AsNoTracking()
            .OrderByDescending(v => v.CreatedAt).Take(ListedVersions)
            .Select(v => new { v.Version, v.CreatedAt, v.TrainingRows, v.Groups, v.SchemaHash, v.Promoted, v.Decision, v.ManifestJson })
            .ToListAsync(cancellationToken);
        var views = versions.Select(v =>
        {
            var metrics = Metrics(v.ManifestJson);
            return new ModelVersionView(v.Version, v.CreatedAt, v.TrainingRows, v.Groups, v.SchemaHash, v.SchemaHash == FeatureSchema.Hash, v.Promoted,
                v.Decision, current.IsModel && current.Version == v.Version, For(metrics, "model"), For(metrics, "baseline"), For(metrics, "random"), Fairness(metrics));
        }).ToList();
        var serves = new ServingView(current.IsModel ? "model" : "baseline", current.Version, current.Reason);
        return new ModelsOverview(serves, FeatureSchema.Hash, views, await RunAsync(null, cancellationToken));
    }

    public async Task<(Guid? RunId, string? Problem)> StartRetrainingAsync(string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var now = clock.GetUtcNow();
        await ModelTrainingRuns.FailStaleAsync(db, options.Value, now, cancellationToken);
        if (await db.Set<ModelTrainingRun>().AnyAsync(r => r.ActiveSlot != null, cancellationToken))
        {
            return (null, "matching.retrain_running");
        }

        var run = ModelTrainingRun.Queue(requestedBy, now);
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another start won the race for the one active slot (a unique index).
            db.ChangeTracker.Clear();
            return (null, "matching.retrain_running");
        }

        return (run.Id, null);
    }

    public async Task<TrainingRunView?> RunAsync(Guid? runId, CancellationToken cancellationToken)
    {
        var runs = db.Set<ModelTrainingRun>().AsNoTracking();
        var run = runId is { } id
            ? await runs.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            : await runs.OrderByDescending(r => r.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        return run is null ? null : new TrainingRunView(run.Id, run.RequestedBy, run.Status, run.Stage, run.Percent, run.RequestedAt, run.StartedAt, run.FinishedAt, run.ModelVersion, run.Outcome, run.History);
    }

    private static IReadOnlyDictionary<string, double> Metrics(string manifestJson)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(manifestJson, Json)?.Metrics ?? new Dictionary<string, double>();
        }
        catch (JsonException)
        {
            return new Dictionary<string, double>();
        }
    }

    private static List<FairnessView> Fairness(IReadOnlyDictionary<string, double> metrics) =>
        AuditedAttributes
            .Where(a => metrics.ContainsKey($"fairness.{a}.selection.model"))
            .Select(a => new FairnessView(a,
                metrics[$"fairness.{a}.selection.model"], metrics.GetValueOrDefault($"fairness.{a}.exposure.model"),
                metrics.GetValueOrDefault($"fairness.{a}.selection.baseline"), metrics.GetValueOrDefault($"fairness.{a}.exposure.baseline")))
            .ToList();

    private static RankerMetrics For(IReadOnlyDictionary<string, double> metrics, string ranker) => new(
        metrics.GetValueOrDefault($"ndcg@5.{ranker}"),
        metrics.GetValueOrDefault($"ndcg@10.{ranker}"),
        metrics.GetValueOrDefault($"map.{ranker}"),
        metrics.GetValueOrDefault($"recall@10.{ranker}"));
}
