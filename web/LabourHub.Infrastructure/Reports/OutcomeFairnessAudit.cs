using LabourHub.Application.Reports;
using LabourHub.Matching.Fairness;

namespace LabourHub.Infrastructure.Reports;

/// <summary>
/// Applies the matching engine's <see cref="FairnessAudit"/> to outcomes: the "ranking" puts the applicants who got past
/// the first look first, and the top k is exactly those, so the audit's selection rate is each group's pass rate.
/// </summary>
public sealed class OutcomeFairnessAudit : IOutcomeFairnessAudit
{
    public IReadOnlyList<FairnessRow> Audit(IReadOnlyList<ApplicantOutcome> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        var ordered = applicants.OrderByDescending(a => a.Selected).ToList();
        var topK = applicants.Count(a => a.Selected);
        return Rows("nationality", FairnessAudit.Audit("nationality", ordered.Select(a => a.Nationality).ToList(), topK))
            .Concat(Rows("gender", FairnessAudit.Audit("gender", ordered.Select(a => a.Gender).ToList(), topK)))
            .ToList();
    }

    private static IEnumerable<FairnessRow> Rows(string attribute, AuditResult audit)
    {
        var best = audit.Groups.Count == 0 ? 0 : audit.Groups.Max(g => g.SelectionRate);
        var allShown = audit.Groups.All(g => !Suppression.Count(g.Selected).Suppressed);
        return audit.Groups.Select(g =>
        {
            var selected = Suppression.Count(g.Selected);
            return new FairnessRow(attribute, g.Group, Suppression.Count(g.Candidates), selected,
                Suppression.Derived(selected, g.SelectionRate),
                allShown && best > 0 ? g.SelectionRate / best : null,
                allShown ? g.SelectionRate / (best > 0 ? best : 1) < AuditResult.FourFifths - 1e-9 : null);
        });
    }
}
