namespace LabourHub.Application.Matching.Models;

/// <summary>
/// A retraining run as the page shows it: who asked for it (a user id), status (Queued, Running, Succeeded, Failed), the stage it is at (a code),
/// percent done, when it was asked for, started and finished, and the outcome (a code: "promoted", "not_better",
/// "too_few_outcomes", "interrupted", "not_picked_up", "error"), and
/// every progress step so far ("stage:percent;" in order).
/// </summary>
public sealed record TrainingRunView(
    Guid Id,
    string RequestedBy,
    string Status,
    string Stage,
    int Percent,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? ModelVersion,
    string? Outcome,
    string History)
{
    public bool InProgress => Status is "Queued" or "Running";
}
