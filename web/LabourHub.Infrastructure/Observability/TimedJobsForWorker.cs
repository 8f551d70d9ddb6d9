using System.Diagnostics;
using LabourHub.Application.Matching.JobsForWorker;

namespace LabourHub.Infrastructure.Observability;

/// <summary>Times a worker's jobs-for-you ranking into labourhub.matching.duration (direction jobs_for_worker).</summary>
internal sealed class TimedJobsForWorker(Matching.JobsForWorkerRanker inner, LabourHubMetrics metrics) : IJobsForWorker
{
    public async Task<JobsForWorkerResult> RankAsync(string userId, int top, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await inner.RankAsync(userId, top, cancellationToken);
            outcome = "ok";
            return result;
        }
        finally
        {
            metrics.RecordMatching("jobs_for_worker", start, outcome);
        }
    }
}
