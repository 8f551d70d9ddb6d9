namespace LabourHub.Application.Matching.Models;

/// <summary>
/// The ranking models inside the product (implemented in Infrastructure): every version with its held-out metrics,
/// which ranker serves now, and retraining as a background job an administrator starts.
/// </summary>
public interface IMatchingModels
{
    Task<ModelsOverview> OverviewAsync(CancellationToken cancellationToken);

    /// <summary>Queues a retraining run; refused with "matching.retrain_running" while another one is queued or running.</summary>
    Task<(Guid? RunId, string? Problem)> StartRetrainingAsync(string requestedBy, CancellationToken cancellationToken);

    /// <summary>The latest run (or the given one), for the progress display; null when there is none.</summary>
    Task<TrainingRunView?> RunAsync(Guid? runId, CancellationToken cancellationToken);
}
