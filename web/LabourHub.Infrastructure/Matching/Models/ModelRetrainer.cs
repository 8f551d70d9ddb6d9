using System.Globalization;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Evaluation;
using LabourHub.Matching.Fairness;
using LabourHub.Matching.Features;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// One retraining: the product's outcomes become graded groups, LightGBM LambdaRank is cross-validated by job
/// (5 folds: a job's candidates never sit on both sides) against the baseline and random, the final model is trained
/// on every group and saved with the engine's <see cref="ModelStore"/> under <c>{DataFolder}/models</c> and in the
/// database. It is promoted only when <see cref="Promotion.ShouldPromote"/> says it beats the baseline on held-out
/// NDCG@10 and is not less fair than the baseline: on the held-out jobs each first page of <see cref="AuditTopK"/> is
/// audited by nationality and by gender (the engine's <see cref="FairnessAudit"/>, four-fifths rule); a model flagged
/// with a lower selection-rate ratio than the baseline's (by more than <see cref="FairnessTolerance"/>) is kept but not
/// promoted ("unfair"). Then this process serves it at once and the other replicas on their next check.
/// </summary>
public sealed class ModelRetrainer(IServiceScopeFactory scopes, ServingRankerProvider serving, IOptions<MatchingOptions> options, TimeProvider clock)
{
    /// <summary>Fewer jobs with a positive outcome than this and no model is trained: the baseline keeps serving.</summary>
    public const int MinimumGroups = 10;

    public const int Folds = 5;

    /// <summary>The first page of a shortlist: who the audit counts as selected.</summary>
    public const int AuditTopK = 10;

    /// <summary>How much lower than the baseline's a flagged model's selection-rate ratio may be and still serve.</summary>
    public const double FairnessTolerance = 0.02;

    /// <param name="progress">Called with a stage code and a percent at each step (it also beats the heart).</param>
    /// <returns>The outcome code and the saved version (null when nothing was trained).</returns>
    public async Task<(string Outcome, string? Version)> RunAsync(Guid runId, Func<string, int, Task> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await progress("loading", 5);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<AuditedGroup> audited;
        await using (var scope = scopes.CreateAsyncScope())
        {
            audited = await new OutcomeGroupBuilder(scope.ServiceProvider.GetRequiredService<LabourHubDbContext>(), today).BuildAsync(cancellationToken);
        }

        var groups = audited.Select(a => a.Group).ToList();
        var people = audited.ToDictionary(a => a.Group.JobId, StringComparer.Ordinal);

        await progress("features", 30);
        if (groups.Count(g => g.Labels.Any(l => l > 0)) < MinimumGroups)
        {
            return ("too_few_outcomes", null);
        }

        var training = new TrainingOptions { Trees = options.Value.TrainingTrees };
        var model = new List<RankerEvaluation>();
        var baseline = new List<RankerEvaluation>();
        var random = new List<RankerEvaluation>();
        var shownByModel = new List<AuditedGroup>();
        var shownByBaseline = new List<AuditedGroup>();
        var folds = FoldsByJob(groups, Folds);
        for (var f = 0; f < folds.Count; f++)
        {
            var (train, heldOut) = folds[f];
            var foldModel = await Task.Run(() => new LambdaRankTrainer(training).Train(train), cancellationToken);
            model.Add(Evaluator.Evaluate(foldModel.Ranker, heldOut));
            baseline.Add(Evaluator.Evaluate(new BaselineRanker(), heldOut));
            random.Add(Evaluator.Evaluate(new RandomRanker(7 + f), heldOut));
            shownByModel.AddRange(heldOut.Select(g => InRankedOrder(people[g.JobId], foldModel.Ranker)));
            shownByBaseline.AddRange(heldOut.Select(g => InRankedOrder(people[g.JobId], new BaselineRanker())));
            await progress("cross_validation", 30 + (50 * (f + 1) / folds.Count));
        }

        var modelScore = Mean("model", model);
        var baselineScore = Mean("baseline", baseline);
        var modelAudits = Audit(shownByModel);
        var baselineAudits = Audit(shownByBaseline);
        var decision = Decide(Promotion.ShouldPromote(modelScore, baselineScore), modelAudits, baselineAudits);
        var promoted = decision == "promoted";
        await progress("final_model", 85);
        var final = await Task.Run(() => new LambdaRankTrainer(training).Train(groups), cancellationToken);

        await progress("saving", 95);
        var now = clock.GetUtcNow();
        var metrics = Metrics(modelScore, baselineScore, Mean("random", random), groups.Count);
        AddFairness(metrics, "model", modelAudits);
        AddFairness(metrics, "baseline", baselineAudits);
        var manifest = ModelStore.NewManifest(final, now, metrics, promoted) with
        {
            Version = now.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture),
        };
        var path = Path.Combine(serving.ModelFolder, manifest.Version + ".zip");
        await ModelStore.SaveAsync(final, manifest, path, cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            db.Add(new MatchingModelVersion(manifest.Version, now, FeatureSchema.Hash, final.TrainingRows, groups.Count, promoted, decision,
                await File.ReadAllTextAsync(path + ".json", cancellationToken), await File.ReadAllBytesAsync(path, cancellationToken), runId));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (promoted)
        {
            await serving.RefreshAsync(cancellationToken);
        }

        return (decision, manifest.Version);
    }

    /// <summary>Metric names in the manifest: "{metric}.{ranker}" for ndcg@5, ndcg@10, map, recall@10 and model, baseline, random.</summary>
    public static Dictionary<string, double> Metrics(RankerEvaluation model, RankerEvaluation baseline, RankerEvaluation random, int groups)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(random);
        var metrics = new Dictionary<string, double> { ["groups"] = groups };
        foreach (var e in new[] { model, baseline, random })
        {
            metrics[$"ndcg@5.{e.Ranker}"] = e.Ndcg5;
            metrics[$"ndcg@10.{e.Ranker}"] = e.Ndcg10;
            metrics[$"map.{e.Ranker}"] = e.MeanAveragePrecision;
            metrics[$"recall@10.{e.Ranker}"] = e.Recall10;
        }

        return metrics;
    }

    /// <summary>
    /// "promoted" when the model beats the baseline and, for every audited attribute, is not flagged by the four-fifths
    /// rule or is flagged no worse than the baseline (within <see cref="FairnessTolerance"/>); "unfair" when it beats
    /// the baseline but fails that; "not_better" otherwise.
    /// </summary>
    public static string Decide(bool beatsBaseline, IReadOnlyDictionary<string, AuditResult> model, IReadOnlyDictionary<string, AuditResult> baseline)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        if (!beatsBaseline)
        {
            return "not_better";
        }

        var unfair = model.Any(m => m.Value.Flagged
            && m.Value.SelectionRateRatio < (baseline.TryGetValue(m.Key, out var b) ? b.SelectionRateRatio : 1) - FairnessTolerance);
        return unfair ? "unfair" : "promoted";
    }

    /// <summary>Metric names for the audit: "fairness.{attribute}.selection.{ranker}" and "fairness.{attribute}.exposure.{ranker}" (lowest group's rate over the highest's).</summary>
    public static void AddFairness(Dictionary<string, double> metrics, string ranker, IReadOnlyDictionary<string, AuditResult> audits)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(audits);
        foreach (var (attribute, audit) in audits)
        {
            metrics[$"fairness.{attribute}.selection.{ranker}"] = audit.SelectionRateRatio;
            metrics[$"fairness.{attribute}.exposure.{ranker}"] = audit.ExposureRatio;
        }
    }

    /// <summary>The group's rows reordered as the ranker ranks them (ties keep their order).</summary>
    private static AuditedGroup InRankedOrder(AuditedGroup group, IRanker ranker)
    {
        var order = Enumerable.Range(0, group.Group.Features.Count)
            .Select(i => (Index: i, Score: ranker.Score(group.Group.Features[i])))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
            .Select(x => x.Index).ToList();
        return group with { Nationalities = order.Select(i => group.Nationalities[i]).ToList(), Genders = order.Select(i => group.Genders[i]).ToList() };
    }

    private static Dictionary<string, AuditResult> Audit(List<AuditedGroup> ranked) => new(StringComparer.Ordinal)
    {
        ["nationality"] = FairnessAudit.AuditMany("nationality", ranked.Select(g => g.Nationalities), AuditTopK),
        ["gender"] = FairnessAudit.AuditMany("gender", ranked.Select(g => g.Genders), AuditTopK),
    };

    /// <summary>K folds by job: each job is held out exactly once (a stable hash of its id picks the fold).</summary>
    public static IReadOnlyList<(List<RankingGroup> Train, List<RankingGroup> HeldOut)> FoldsByJob(IReadOnlyList<RankingGroup> groups, int k)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var bucket = groups.Select(g => (int)(StableHash(g.JobId) % (uint)k)).ToList();
        return Enumerable.Range(0, k)
            .Select(fold => (groups.Where((_, i) => bucket[i] != fold).ToList(), groups.Where((_, i) => bucket[i] == fold).ToList()))
            .Where(f => f.Item1.Count > 0 && f.Item2.Count > 0)
            .ToList();
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static RankerEvaluation Mean(string name, List<RankerEvaluation> folds) => new(
        name,
        folds.Average(f => f.Ndcg5),
        folds.Average(f => f.Ndcg10),
        folds.Average(f => f.MeanAveragePrecision),
        folds.Average(f => f.Recall10),
        folds.Sum(f => f.Jobs));
}
