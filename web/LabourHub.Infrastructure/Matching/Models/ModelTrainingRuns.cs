using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>The rules every instance applies to the runs table: a stopped heartbeat fails a run, never leaves it stuck.</summary>
internal static class ModelTrainingRuns
{
    /// <summary>
    /// Fails a running run whose heartbeat is older than <see cref="MatchingOptions.RetrainingStaleAfter"/>
    /// ("interrupted": its process died) and a queued run nobody picked up within
    /// <see cref="MatchingOptions.RetrainingQueueTimeout"/> ("not_picked_up"), freeing the active slot.
    /// </summary>
    public static async Task FailStaleAsync(LabourHubDbContext db, MatchingOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var silentSince = now - options.RetrainingStaleAfter;
        var queuedSince = now - options.RetrainingQueueTimeout;
        await db.Set<ModelTrainingRun>()
            .Where(r => r.Status == ModelTrainingRun.Running && r.HeartbeatAt < silentSince)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ModelTrainingRun.Failed).SetProperty(r => r.Outcome, "interrupted")
                .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.ActiveSlot, (int?)null), cancellationToken);
        await db.Set<ModelTrainingRun>()
            .Where(r => r.Status == ModelTrainingRun.Queued && r.RequestedAt < queuedSince)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ModelTrainingRun.Failed).SetProperty(r => r.Outcome, "not_picked_up")
                .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.ActiveSlot, (int?)null), cancellationToken);
    }
}
