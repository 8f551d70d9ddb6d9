using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Workflow;

/// <summary>
/// A command that took effect, kept under its idempotency key: the same key sent again (a double tap, a retried
/// request) finds this record and gets the same answer instead of a second effect.
/// </summary>
public sealed class WorkflowCommandRecord
{
    private WorkflowCommandRecord()
    {
        Kind = string.Empty;
        Actor = string.Empty;
    }

    public Guid IdempotencyKey { get; private set; }
    public PlacementId PlacementId { get; private set; }
    public string Kind { get; private set; }
    public string Actor { get; private set; }

    /// <summary>The placement's version the command produced.</summary>
    public int ResultVersion { get; private set; }

    public DateTimeOffset ExecutedAt { get; private set; }

    public static WorkflowCommandRecord Of(Guid key, PlacementId placement, string kind, string actor, int resultVersion, DateTimeOffset now) => new()
    {
        IdempotencyKey = key,
        PlacementId = placement,
        Kind = kind,
        Actor = actor,
        ResultVersion = resultVersion,
        ExecutedAt = now,
    };
}
