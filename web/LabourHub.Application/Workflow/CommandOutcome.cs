namespace LabourHub.Application.Workflow;

/// <summary>What became of a command.</summary>
public enum CommandResult
{
    /// <summary>It took effect now.</summary>
    Done,

    /// <summary>The same idempotency key already took effect: nothing more happened.</summary>
    Replayed,

    /// <summary>The placement changed since the page was loaded: reload and decide again.</summary>
    Conflict,

    /// <summary>A rule or a wrong input stopped it; nothing changed.</summary>
    Blocked,

    /// <summary>No such placement for this caller.</summary>
    NotFound,
}

/// <summary>The answer to a command: the result, the placement's version now, and why it was blocked.</summary>
public sealed record CommandOutcome(CommandResult Result, Guid? PlacementId, int? Version, WorkflowProblem? Problem = null)
{
    public bool TookEffect => Result is CommandResult.Done or CommandResult.Replayed;
}

/// <summary>
/// Why a step is blocked: a domain error code, the legal source when a rule of TURKIYE_RULES.md blocks it, and the
/// day it clears when it will (a waiting period).
/// </summary>
public sealed record WorkflowProblem(string Code, string? Source = null, DateOnly? ClearsOn = null);
