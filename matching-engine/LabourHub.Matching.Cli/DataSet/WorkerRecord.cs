using LabourHub.Domain.Workers;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Cli.DataSet;

/// <summary>A worker row: what the engine may see, the facts the eligibility rules need, and audit-only labels.</summary>
internal sealed record WorkerRecord(CandidateProfile Profile, ProtectionStatus Status, DateOnly? RegisteredOn, string Nationality, string Gender);
