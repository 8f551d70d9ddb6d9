namespace LabourHub.Application.Workflow;

/// <summary>One transition a person asks for; the handler checks who may ask it and the rules of the day.</summary>
public abstract record PlacementAction
{
    /// <summary>The audit and idempotency name of the command.</summary>
    public abstract string Name { get; }

    /// <summary>True for what the worker does; false for what the employer (owner or recruiter) does.</summary>
    public virtual bool ByWorker => false;
}

public sealed record AcceptOffer : PlacementAction
{
    public override string Name => "accept";
    public override bool ByWorker => true;
}

public sealed record DeclineOffer : PlacementAction
{
    public override string Name => "decline";
    public override bool ByWorker => true;
}

public sealed record SignAsWorker : PlacementAction
{
    public override string Name => "sign_worker";
    public override bool ByWorker => true;
}

public sealed record SignAsEmployer(bool WithSecondFactor) : PlacementAction
{
    public override string Name => "sign_employer";
}

public sealed record FilePermit(string? Reference, IReadOnlyList<string> Checklist) : PlacementAction
{
    public override string Name => "file_permit";
}

public sealed record RecordExemption(string? Reference) : PlacementAction
{
    public override string Name => "record_exemption";
}

public sealed record RecordMinistryNotice(string? Reference) : PlacementAction
{
    public override string Name => "ministry_notice";
}

public sealed record RecordPermitGranted(DateOnly ValidFrom, DateOnly ValidUntil) : PlacementAction
{
    public override string Name => "permit_granted";
}

public sealed record RecordPermitRefused(string? Reason) : PlacementAction
{
    public override string Name => "permit_refused";
}

public sealed record RescheduleStart(DateOnly NewStart) : PlacementAction
{
    public override string Name => "reschedule";
}

public sealed record FileSgkNotice(string? Reference, DateOnly FiledOn) : PlacementAction
{
    public override string Name => "file_sgk";
}

public sealed record ConfirmStart : PlacementAction
{
    public override string Name => "confirm_start";
}

public sealed record EndPlacement(string? Reason, DateOnly EndedOn) : PlacementAction
{
    public override string Name => "end";
}

public sealed record WithdrawOffer(string? Reason) : PlacementAction
{
    public override string Name => "withdraw";
}

/// <summary>Attaches a checked document to the placement; either side may, and its hash enters the audit chain.</summary>
public sealed record AttachDocument(Domain.Workflow.PlacementDocumentKind Kind, string Sha256, bool FromWorker) : PlacementAction
{
    public override string Name => "attach_document";
    public override bool ByWorker => FromWorker;
}
