using LabourHub.Domain.Workflow;

namespace LabourHub.Domain.Tests.Workflow;

/// <summary>The audit chain detects a changed, removed, inserted or re-linked entry.</summary>
[Trait("Capability", "Workflow")]
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_intact_chain_verifies_and_each_kind_of_tampering_is_found_where_it_happened()
    {
        var (entries, version) = Chain();
        Assert.True(AuditChain.Verify(entries, version).Intact);

        var changed = Chain().Entries;
        typeof(WorkflowAuditEntry).GetProperty(nameof(WorkflowAuditEntry.Facts))!.SetValue(changed[1], changed[1].Facts.Replace("status=Accepted", "status=Declined", StringComparison.Ordinal));
        Assert.Equal(new AuditVerification(false, 2, "changed"), AuditChain.Verify(changed, version));

        var removedMiddle = Chain().Entries.Where(e => e.Sequence != 2).ToList();
        Assert.Equal(new AuditVerification(false, 2, "removed"), AuditChain.Verify(removedMiddle, version));

        var removedLast = Chain().Entries.Take(3).ToList();
        Assert.Equal(new AuditVerification(false, 4, "removed"), AuditChain.Verify(removedLast, version));

        var (withExtra, _) = Chain();
        var forged = WorkflowAuditEntry.Append(withExtra[^1], withExtra[0].PlacementId, new WorkflowStep("offer.accepted", new Dictionary<string, string>()), "mallory", Now);
        Assert.Equal(new AuditVerification(false, 5, "inserted"), AuditChain.Verify([.. withExtra, forged], version));

        // Rewriting an entry and its own hash still breaks the next link.
        var rehashed = Chain().Entries;
        typeof(WorkflowAuditEntry).GetProperty(nameof(WorkflowAuditEntry.Actor))!.SetValue(rehashed[1], "someone-else");
        typeof(WorkflowAuditEntry).GetProperty(nameof(WorkflowAuditEntry.Hash))!.SetValue(rehashed[1], rehashed[1].ComputeHash());
        Assert.Equal(new AuditVerification(false, 3, "relinked"), AuditChain.Verify(rehashed, version));
    }

    private static (List<WorkflowAuditEntry> Entries, int Version) Chain()
    {
        var offered = Identifiers.PlacementId.New();
        var p = PlacementTests.Offered();
        var steps = new List<WorkflowStep> { new("offer.made", new Dictionary<string, string> { ["status"] = "Offered" }) };
        steps.Add(p.Accept(PlacementTests.Today).Value);
        steps.Add(p.SignAsWorker(PlacementTests.Eligible, PlacementTests.Today).Value);
        steps.Add(p.SignAsEmployer("owner", true, PlacementTests.Eligible, PlacementTests.Today).Value);
        var entries = new List<WorkflowAuditEntry>();
        foreach (var step in steps)
        {
            entries.Add(WorkflowAuditEntry.Append(entries.LastOrDefault(), offered, step, "user", Now));
        }

        return (entries, p.Version);
    }
}
