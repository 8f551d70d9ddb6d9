namespace LabourHub.Domain.Workflow;

/// <summary>Checks a placement's audit log: every entry's hash, every link, no gap, and as many entries as versions.</summary>
public static class AuditChain
{
    public static AuditVerification Verify(IReadOnlyList<WorkflowAuditEntry> entries, int placementVersion)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.Sequence).ThenBy(e => e.Id).ToList();
        var previousHash = WorkflowAuditEntry.Genesis;
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (entry.Sequence != i + 1)
            {
                return new AuditVerification(false, i + 1, entry.Sequence > i + 1 ? "removed" : "inserted");
            }

            if (entry.PreviousHash != previousHash)
            {
                return new AuditVerification(false, entry.Sequence, "relinked");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return new AuditVerification(false, entry.Sequence, "changed");
            }

            previousHash = entry.Hash;
        }

        return ordered.Count == placementVersion
            ? new AuditVerification(true, null, null)
            : new AuditVerification(false, Math.Min(ordered.Count, placementVersion) + 1, ordered.Count < placementVersion ? "removed" : "inserted");
    }
}

/// <summary>The verdict: intact, or the first sequence number where the chain breaks and how.</summary>
public sealed record AuditVerification(bool Intact, int? BrokenAt, string? Problem);
