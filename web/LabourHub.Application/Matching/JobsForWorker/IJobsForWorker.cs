namespace LabourHub.Application.Matching.JobsForWorker;

/// <summary>Open jobs ranked for one worker, split by whether the law lets them take each job (implemented in Infrastructure).</summary>
public interface IJobsForWorker
{
    Task<JobsForWorkerResult> RankAsync(string userId, int top, CancellationToken cancellationToken);
}
