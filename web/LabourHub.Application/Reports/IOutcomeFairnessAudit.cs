namespace LabourHub.Application.Reports;

/// <summary>One applicant's group labels and whether they got past the first look (shortlisted or further).</summary>
public readonly record struct ApplicantOutcome(string Nationality, string Gender, bool Selected);

/// <summary>The matching engine's fairness audit applied to outcomes. Implemented in Infrastructure.</summary>
public interface IOutcomeFairnessAudit
{
    IReadOnlyList<FairnessRow> Audit(IReadOnlyList<ApplicantOutcome> applicants);
}
