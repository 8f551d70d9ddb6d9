using LabourHub.Domain.Employers;

namespace LabourHub.Domain.Support;

/// <summary>The facts about a business that a programme's rules look at.</summary>
public sealed record ApplicantFacts(int TurkishHeadcount, int ForeignHeadcount, int ProvinceCode, string NaceSection, VerificationStatus Verification)
{
    public int Headcount => TurkishHeadcount + ForeignHeadcount;

    public static ApplicantFacts Of(Employer employer)
    {
        ArgumentNullException.ThrowIfNull(employer);
        return new ApplicantFacts(employer.TurkishHeadcount, employer.ForeignHeadcount, employer.ProvinceCode, employer.NaceSection, employer.Verification);
    }
}

/// <summary>One reason a business may not apply, with the figure the rule needs (for the message).</summary>
public sealed record IneligibilityReason(string Code, string? Detail = null);

/// <summary>
/// The pre-check before an SME fills in an application: every rule the business fails, each with its reason, so the
/// owner sees all of them at once instead of one per try.
/// </summary>
public static class ProgrammeEligibility
{
    public static IReadOnlyList<IneligibilityReason> Check(SupportProgramme programme, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<IneligibilityReason>();
        if (today < programme.CallOpens)
        {
            reasons.Add(new("support.call_not_open", programme.CallOpens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (today > programme.CallCloses)
        {
            reasons.Add(new("support.call_closed", programme.CallCloses.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (facts.Verification != VerificationStatus.Verified)
        {
            reasons.Add(new("support.not_verified"));
        }

        if (facts.Headcount < programme.MinHeadcount)
        {
            reasons.Add(new("support.headcount_below", programme.MinHeadcount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (facts.Headcount > programme.MaxHeadcount)
        {
            reasons.Add(new("support.headcount_above", programme.MaxHeadcount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (programme.Provinces.Count > 0 && !programme.Provinces.Contains(facts.ProvinceCode))
        {
            reasons.Add(new("support.province"));
        }

        if (programme.NaceSections.Count > 0 && !programme.NaceSections.Contains(facts.NaceSection, StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add(new("support.sector", string.Join(", ", programme.NaceSections)));
        }

        return reasons;
    }

    /// <summary>The planned hires must include at least the programme's share of refugees; checked on the form.</summary>
    public static IneligibilityReason? CheckPlannedHires(SupportProgramme programme, int plannedHires, int plannedRefugeeHires)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (plannedHires < 1 || plannedRefugeeHires < 0 || plannedRefugeeHires > plannedHires)
        {
            return new("support.planned_hires");
        }

        // Whole numbers only: refugees × 100 ≥ share × planned, so 1 of 3 meets 33% but not 34%.
        return (long)plannedRefugeeHires * 100 >= (long)programme.MinRefugeeSharePercent * plannedHires
            ? null
            : new("support.refugee_share", programme.MinRefugeeSharePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
