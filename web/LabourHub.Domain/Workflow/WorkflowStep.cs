namespace LabourHub.Domain.Workflow;

/// <summary>
/// What one transition did, for the audit log: its kind ("offer.made", "contract.signed_by_worker"...) and the facts it
/// recorded, as text. The application layer chains these with SHA-256.
/// </summary>
public sealed record WorkflowStep(string Kind, IReadOnlyDictionary<string, string> Facts);
