using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// The worker side of retraining: while this instance holds the <c>model-retraining</c> lease it fails runs whose
/// heartbeat stopped, takes the oldest queued run (a conditional update, so two instances cannot both take it), and
/// runs it with progress and a heartbeat written to its row.
/// </summary>
public sealed partial class ModelRetrainingJob(
    IServiceScopeFactory scopes,
    ModelRetrainer retrainer,
    IOptions<MatchingOptions> options,
    JobLeases leases,
    TimeProvider clock,
    ILogger<ModelRetrainingJob> logger) : BackgroundService
{
    /// <summary>Runs the oldest queued run, if any; true when one ran.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        await ModelTrainingRuns.FailStaleAsync(db, options.Value, clock.GetUtcNow(), cancellationToken);
        var next = await db.Set<ModelTrainingRun>().AsNoTracking().Where(r => r.Status == ModelTrainingRun.Queued)
            .OrderBy(r => r.RequestedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is not { } id)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var taken = await db.Set<ModelTrainingRun>().Where(r => r.Id == id && r.Status == ModelTrainingRun.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ModelTrainingRun.Running).SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.Holder, leases.Holder).SetProperty(r => r.Stage, "starting"), cancellationToken);
        if (taken != 1)
        {
            return false;
        }

        LogStarted(id);
        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var beating = BeatAsync(id, heartbeat.Token);
        try
        {
            var (outcome, version) = await retrainer.RunAsync(id, (stage, percent) => ProgressAsync(id, stage, percent, cancellationToken), cancellationToken);
            await FinishAsync(id, ModelTrainingRun.Succeeded, outcome, version, CancellationToken.None);
            LogFinished(id, outcome);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(id, ModelTrainingRun.Failed, "interrupted", null, CancellationToken.None);
            throw;
        }
#pragma warning disable CA1031 // Any failure of the run is recorded on its row; the job carries on with the next one.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(id, e.GetType().Name);
            await FinishAsync(id, ModelTrainingRun.Failed, "error", null, CancellationToken.None);
        }
        finally
        {
            await heartbeat.CancelAsync();
            await beating;
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await leases.HoldAsync(JobNames.ModelRetraining, stoppingToken))
                    {
                        await RunNextAsync(stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // A failed round (database restarting) must not stop the job; it looks again next interval.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    LogRoundFailed(exception.GetType().Name);
                }

                try
                {
                    await Task.Delay(options.Value.RetrainingPollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
        finally
        {
            await leases.ReleaseAsync(JobNames.ModelRetraining);
        }
    }

    private async Task ProgressAsync(Guid id, string stage, int percent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = clock.GetUtcNow();
        var entry = $"{stage}:{percent};";
        await db.Set<ModelTrainingRun>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, stage).SetProperty(r => r.Percent, percent)
                .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.History, r => r.History + entry), cancellationToken);
    }

    private async Task FinishAsync(Guid id, string status, string outcome, string? version, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = clock.GetUtcNow();
        var runs = db.Set<ModelTrainingRun>().Where(r => r.Id == id);
        if (status == ModelTrainingRun.Succeeded)
        {
            await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.ModelVersion, version).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Stage, "done").SetProperty(r => r.Percent, 100).SetProperty(r => r.History, r => r.History + "done:100;")
                .SetProperty(r => r.ActiveSlot, (int?)null), cancellationToken);
        }
        else
        {
            await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.ActiveSlot, (int?)null), cancellationToken);
        }
    }

    /// <summary>Keeps the heartbeat fresh while a long step (one LightGBM fit) runs.</summary>
    private async Task BeatAsync(Guid id, CancellationToken cancellationToken)
    {
        var every = options.Value.RetrainingStaleAfter / 4;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(every, clock, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                var now = clock.GetUtcNow();
                await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Set<ModelTrainingRun>()
                    .Where(r => r.Id == id && r.Status == ModelTrainingRun.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run finished.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model retraining run {RunId} started")]
    private partial void LogStarted(Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model retraining run {RunId} finished: {Outcome}")]
    private partial void LogFinished(Guid runId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model retraining run {RunId} failed ({ExceptionType})")]
    private partial void LogFailed(Guid runId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model retraining round failed ({ExceptionType}); retrying next interval")]
    private partial void LogRoundFailed(string exceptionType);
}
