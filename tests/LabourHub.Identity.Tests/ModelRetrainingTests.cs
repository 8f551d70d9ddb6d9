using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Matching;
using LabourHub.Infrastructure.Matching.Models;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Features;
using LabourHub.Matching.Ranking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LabourHub.Identity.Tests;

/// <summary>
/// Retraining inside the product, end to end over HTTP on a portal of its own: a run left behind by a crashed process
/// is failed, not stuck; an administrator starts a run, a second start is refused, the worker takes the run through
/// its stages to success; the model beats the baseline on held-out jobs, is promoted and serves at once (and a second
/// replica picks it up from the database); a copy whose manifest claims another feature schema is refused.
/// </summary>
[Trait("Capability", "Matching")]
public sealed partial class ModelRetrainingTests(RetrainingPortal portal) : IClassFixture<RetrainingPortal>
{
    [Fact]
    public async Task Retraining_FromTheAdminPage_RunsThroughItsStages_PromotesAModelThatBeatsTheBaseline_WhichThenServes()
    {
        var serving = portal.Factory.Services.GetRequiredService<ServingRankerProvider>();
        Assert.Equal("no_model", (await serving.RefreshAsync(CancellationToken.None)).Reason);
        var admin = await portal.StaffAsync(Roles.Admin);
        var crashed = await CrashedRunAsync();

        var start = await PostRetrainAsync(admin);
        var again = await PostRetrainAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/admin/models?started=1", start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("A retraining is already queued or running", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stale = await RunRowAsync(crashed);
        Assert.Equal(ModelTrainingRun.Failed, stale.Status);
        Assert.Equal("interrupted", stale.Outcome);
        Assert.Null(stale.ActiveSlot);

        var page = await admin.GetStringAsync("/admin/models?culture=en");
        var runId = Guid.Parse(RunPattern().Match(page).Groups[1].Value);
        Assert.Contains("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        var seen = new List<string>();
        JsonElement run;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        do
        {
            run = await admin.GetFromJsonAsync<JsonElement>($"/admin/models/runs/{runId}");
            var status = run.GetProperty("status").GetString()!;
            if (seen.Count == 0 || seen[^1] != status)
            {
                seen.Add(status);
            }

            if (status is ModelTrainingRun.Succeeded or ModelTrainingRun.Failed)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(ModelTrainingRun.Succeeded, seen[^1]);
        string[] order = [ModelTrainingRun.Queued, ModelTrainingRun.Running, ModelTrainingRun.Succeeded];
        Assert.Equal(seen, seen.OrderBy(s => Array.IndexOf(order, s)).ToList());
        var steps = run.GetProperty("history").GetString()!.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["loading:5", "features:30", "cross_validation:40", "cross_validation:50", "cross_validation:60", "cross_validation:70", "cross_validation:80", "final_model:85", "saving:95", "done:100"], steps);
        Assert.Equal(100, run.GetProperty("percent").GetInt32());
        var row = await RunRowAsync(runId);
        Assert.True(row.RequestedAt <= row.StartedAt && row.StartedAt <= row.FinishedAt);
        Assert.Null(row.ActiveSlot);

        // Promoted because it beat the baseline on held-out jobs; it serves at once, without a restart.
        Assert.Equal("promoted", run.GetProperty("outcome").GetString());
        var version = run.GetProperty("modelVersion").GetString()!;
        var model = await VersionRowAsync(version);
        Assert.True(model.Promoted);
        Assert.Equal(FeatureSchema.Hash, model.SchemaHash);
        var metrics = JsonDocument.Parse(model.ManifestJson).RootElement.GetProperty("metrics");
        Assert.True(metrics.GetProperty("ndcg@10.model").GetDouble() > metrics.GetProperty("ndcg@10.baseline").GetDouble());
        Assert.True(metrics.GetProperty("ndcg@10.baseline").GetDouble() > metrics.GetProperty("ndcg@10.random").GetDouble());
        foreach (var key in new[] { "fairness.nationality.selection.model", "fairness.gender.selection.model", "fairness.nationality.selection.baseline", "fairness.gender.exposure.model" })
        {
            Assert.InRange(metrics.GetProperty(key).GetDouble(), 0, 1); // the audit ran on the held-out rankings
        }

        Assert.True(File.Exists(Path.Combine(portal.DataFolder, "models", version + ".zip")));
        Assert.True(File.Exists(Path.Combine(portal.DataFolder, "models", version + ".zip.json")));
        Assert.Equal(("promoted", version), (serving.Current.Reason, serving.Current.Version));
        Assert.IsType<TreeEnsembleRanker>(serving.Current.Ranker);
        page = await admin.GetStringAsync("/admin/models?culture=en");
        Assert.Contains("Learned model", page, StringComparison.Ordinal);
        Assert.Contains("ranking now", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"fairness-nationality\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"fairness-gender\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);

        // Another replica (its own data folder) notices the promoted version in the database and serves the same model.
        using var replica = Replica();
        var other = await replica.GetAsync(CancellationToken.None);
        Assert.IsType<TreeEnsembleRanker>(other.Ranker);
        Assert.Equal(version, other.Version);
        var probe = new float[FeatureSchema.Count];
        probe[FeatureSchema.OccupationProximity] = 1;
        probe[FeatureSchema.EssentialSkillCoverage] = 0.5f;
        Assert.Equal(serving.Current.Ranker.Score(probe), other.Ranker.Score(probe));

        // A newer copy whose manifest says another feature schema: the engine's store refuses it, the baseline serves.
        var tampered = version + "X";
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            db.Add(new MatchingModelVersion(tampered, model.CreatedAt.AddMinutes(1), FeatureSchema.Hash, model.TrainingRows, model.Groups, promoted: true, "promoted",
                model.ManifestJson.Replace(FeatureSchema.Hash, "ffffffffffffffff", StringComparison.Ordinal), model.Content, null));
            await db.SaveChangesAsync();
        }

        var refused = await serving.RefreshAsync(CancellationToken.None);
        Assert.IsType<BaselineRanker>(refused.Ranker);
        Assert.Equal("schema_mismatch", refused.Reason);
        Assert.Contains("was trained on other features and was refused", await admin.GetStringAsync("/admin/models?culture=en"), StringComparison.Ordinal);

        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Set<MatchingModelVersion>().Where(v => v.Version == tampered).ExecuteDeleteAsync();
        }

        Assert.Equal(version, (await serving.RefreshAsync(CancellationToken.None)).Version);
    }

    private ServingRankerProvider Replica()
    {
        var folder = Path.Combine(portal.DataFolder, "replica");
        return new ServingRankerProvider(
            portal.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new LabourHubOptions { DataFolder = folder }),
            Options.Create(new MatchingOptions()),
            TimeProvider.System,
            NullLogger<ServingRankerProvider>.Instance);
    }

    /// <summary>A run a worker process took and then died on: running, its heartbeat ten minutes old.</summary>
    private async Task<Guid> CrashedRunAsync()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var run = ModelTrainingRun.Queue("someone", DateTimeOffset.UtcNow.AddMinutes(-12));
        db.Add(run);
        db.Entry(run).Property(r => r.Status).CurrentValue = ModelTrainingRun.Running;
        db.Entry(run).Property(r => r.StartedAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-11);
        db.Entry(run).Property(r => r.HeartbeatAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-10);
        await db.SaveChangesAsync();
        return run.Id;
    }

    private async Task<ModelTrainingRun> RunRowAsync(Guid id)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Set<ModelTrainingRun>().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<MatchingModelVersion> VersionRowAsync(string version)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Set<MatchingModelVersion>().AsNoTracking().SingleAsync(v => v.Version == version);
    }

    private static async Task<HttpResponseMessage> PostRetrainAsync(HttpClient admin)
    {
        var page = await admin.GetStringAsync("/admin/models");
        return await admin.PostAsync("/admin/models/retrain?culture=en", new FormUrlEncodedContent([new("__RequestVerificationToken", IdentityPortalFactory.Token(page))]));
    }

    [GeneratedRegex("data-run=\"([0-9a-f-]{36})\"")]
    private static partial Regex RunPattern();
}
