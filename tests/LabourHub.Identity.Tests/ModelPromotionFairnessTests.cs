using LabourHub.Infrastructure.Matching.Models;
using LabourHub.Matching.Fairness;

namespace LabourHub.Identity.Tests;

/// <summary>
/// A retrained model serves only when it ranks better than the baseline and is not less fair: the four-fifths audit of
/// its held-out rankings by nationality and gender, against the baseline's.
/// </summary>
[Trait("Capability", "Matching")]
public sealed class ModelPromotionFairnessTests
{
    [Fact]
    public void A_better_model_that_is_fair_is_promoted()
    {
        Assert.Equal("promoted", ModelRetrainer.Decide(true, Audits(Interleaved()), Audits(Interleaved())));
    }

    [Fact]
    public void A_model_that_does_not_beat_the_baseline_is_not_promoted_whatever_its_fairness()
    {
        Assert.Equal("not_better", ModelRetrainer.Decide(false, Audits(Interleaved()), Audits(Interleaved())));
    }

    [Fact]
    public void A_better_model_that_pushes_one_nationality_off_the_first_page_is_kept_out()
    {
        Assert.Equal("unfair", ModelRetrainer.Decide(true, Audits(SyriansFirst()), Audits(Interleaved())));
    }

    [Fact]
    public void A_flagged_model_no_worse_than_a_flagged_baseline_still_serves()
    {
        // Both rank alike (eligibility differs by protection status, not the model's doing): the model is not the cause.
        Assert.Equal("promoted", ModelRetrainer.Decide(true, Audits(SyriansFirst()), Audits(SyriansFirst())));
    }

    /// <summary>30 jobs of 20 candidates, 10 Syrian and 10 Afghan; a first page of 10.</summary>
    private static List<IReadOnlyList<string>> Interleaved() =>
        Enumerable.Range(0, 30).Select(_ => (IReadOnlyList<string>)Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? "SY" : "AF").ToList()).ToList();

    private static List<IReadOnlyList<string>> SyriansFirst() =>
        Enumerable.Range(0, 30).Select(_ => (IReadOnlyList<string>)Enumerable.Repeat("SY", 10).Concat(Enumerable.Repeat("AF", 10)).ToList()).ToList();

    private static Dictionary<string, AuditResult> Audits(List<IReadOnlyList<string>> nationalities) => new()
    {
        ["nationality"] = FairnessAudit.AuditMany("nationality", nationalities, ModelRetrainer.AuditTopK),
        ["gender"] = FairnessAudit.AuditMany("gender", nationalities.Select(l => (IReadOnlyList<string>)l.Select((_, i) => i % 2 == 0 ? "Female" : "Male").ToList()), ModelRetrainer.AuditTopK),
    };
}
