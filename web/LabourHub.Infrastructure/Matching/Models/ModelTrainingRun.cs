namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// One retraining run an administrator started: queued, picked up by a worker instance (under the
/// <c>model-retraining</c> lease), running with a stage, a percent and a heartbeat, then succeeded or failed.
/// <see cref="ActiveSlot"/> is 1 while queued or running and null afterwards; a unique index on it lets the database
/// refuse a second active run. A run whose heartbeat stops (a crashed process) is failed by the next start or sweep.
/// </summary>
public sealed class ModelTrainingRun
{
    public const string Queued = "Queued";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    private ModelTrainingRun()
    {
        Status = Queued;
        Stage = "queued";
        RequestedBy = string.Empty;
        History = string.Empty;
    }

    public static ModelTrainingRun Queue(string requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestedBy = requestedBy,
        RequestedAt = now,
        ActiveSlot = 1,
    };

    public Guid Id { get; private set; }

    public string Status { get; private set; }

    /// <summary>A code: queued, loading, features, cross_validation, final_model, saving, done.</summary>
    public string Stage { get; private set; }

    public int Percent { get; private set; }

    /// <summary>The administrator's user id (opaque).</summary>
    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    /// <summary>The worker instance running it (host, process, suffix: no personal data).</summary>
    public string? Holder { get; private set; }

    public string? ModelVersion { get; private set; }

    /// <summary>promoted, not_better, too_few_outcomes, interrupted, error.</summary>
    public string? Outcome { get; private set; }

    public int? ActiveSlot { get; private set; }

    /// <summary>Every progress step as "stage:percent;" in order, so the page and tests can see how the run went.</summary>
    public string History { get; private set; }
}
