using LabourHub.Matching.Fairness;

namespace LabourHub.Matching.Tests;

[Trait("Capability", "Matching")]
public sealed class FairnessAuditTests
{
    [Fact]
    public void Audit_DeliberatelyBiasedRanking_IsFlagged()
    {
        // 50 of each group; the ranking puts every "SY" candidate before any "AF" candidate.
        var ranked = Enumerable.Repeat("SY", 50).Concat(Enumerable.Repeat("AF", 50)).ToList();

        var result = FairnessAudit.Audit("nationality", ranked, topK: 20);

        Assert.True(result.Flagged);
        Assert.Equal(0, result.SelectionRateRatio);
        Assert.Equal(0.4, result.Groups.Single(g => g.Group == "SY").SelectionRate, 6);
    }

    [Fact]
    public void Audit_InterleavedRanking_IsNotFlagged()
    {
        var ranked = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? "Female" : "Male").ToList();

        var result = FairnessAudit.Audit("gender", ranked, topK: 20);

        Assert.False(result.Flagged);
        Assert.Equal(1.0, result.SelectionRateRatio, 6);
        Assert.InRange(result.ExposureRatio, 0.8, 1.0);
    }

    [Fact]
    public void Audit_JustUnderFourFifths_IsFlagged_JustAbove_IsNot()
    {
        // Group A: 10 of 50 selected (0.20). Group B: 8 of 50 (0.16 = 0.8 × 0.20) is not flagged; 7 of 50 is.
        static List<string> Ranking(int bSelected) =>
            Enumerable.Repeat("A", 10).Concat(Enumerable.Repeat("B", bSelected))
                .Concat(Enumerable.Repeat("A", 40)).Concat(Enumerable.Repeat("B", 50 - bSelected)).ToList();

        Assert.False(FairnessAudit.Audit("x", Ranking(8), 18).Flagged);
        Assert.True(FairnessAudit.Audit("x", Ranking(7), 17).Flagged);
    }

    [Fact]
    public void Audit_LeavesOutGroupsTooSmallToReport()
    {
        var ranked = Enumerable.Repeat("SY", 40).Concat(Enumerable.Repeat("SO", 3)).ToList();

        var result = FairnessAudit.Audit("nationality", ranked, 10);

        Assert.DoesNotContain(result.Groups, g => g.Group == "SO");
        Assert.False(result.Flagged);
    }

    [Fact]
    public void AuditMany_AddsTheListsUp_AndFlagsABiasSpreadOverManySmallShortlists()
    {
        // 30 jobs of 8 candidates (4 + 4); each first page of 2 shows only "SY": no single list reaches the group size
        // of 10, but over the jobs "AF" is never selected.
        var lists = Enumerable.Range(0, 30).Select(_ => (IReadOnlyList<string>)["SY", "SY", "AF", "SY", "AF", "SY", "AF", "AF"]).ToList();

        var result = FairnessAudit.AuditMany("nationality", lists, topK: 2);

        Assert.True(result.Flagged);
        Assert.Equal(120, result.Groups.Single(g => g.Group == "AF").Candidates);
        Assert.Equal(60, result.Groups.Single(g => g.Group == "SY").Selected);
        Assert.All(lists, l => Assert.Empty(FairnessAudit.Audit("nationality", l, 2).Groups));
    }

    [Fact]
    public void AuditMany_OfOneList_IsTheAuditOfThatList()
    {
        var ranked = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "Female" : "Male").ToList();

        var one = FairnessAudit.Audit("gender", ranked, 12);
        var many = FairnessAudit.AuditMany("gender", [ranked], 12);

        Assert.Equal(one.Groups, many.Groups);
        Assert.Equal(one.SelectionRateRatio, many.SelectionRateRatio, 9);
    }
}
