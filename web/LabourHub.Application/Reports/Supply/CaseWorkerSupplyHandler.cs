using LabourHub.Application.CaseWork;
using LabourHub.Application.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Reports.Supply;

/// <summary>One person a case worker may help towards a need line (shown only to the case worker who may read their case).</summary>
public sealed record SupplyPerson(Guid WorkerId, string DisplayName, int ProvinceCode);

/// <summary>
/// The people behind one need line's supply, for a case worker: only workers assigned to them who agreed to
/// case-worker help (<see cref="CaseWorkerAccess"/>), never anyone else, so no count of others leaks.
/// </summary>
public sealed class CaseWorkerSupplyHandler(ILabourHubDbContext db, SupplyRules rules, TimeProvider clock)
{
    public async Task<(Domain.Assessments.LabourNeedsAssessment Assessment, IReadOnlyList<SupplyPerson> People)?> HandleAsync(
        AssessmentId assessmentId, int lineNumber, string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null || lineNumber < 1 || lineNumber > assessment.Lines.Count)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var minimum = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today)?.NetMonthly;
        var test = rules.For(assessment, assessment.Lines[lineNumber - 1], minimum, today);
        var assigned = await db.CaseAssignments.AsNoTracking().Where(c => c.CaseWorkerUserId == caseWorkerUserId).Select(c => c.WorkerId).ToListAsync(cancellationToken);
        var employed = (await db.Placements.AsNoTracking()
            .Where(p => assigned.Contains(p.WorkerId) && ReportSnapshotBuilder.Employing.Contains(p.Status))
            .Select(p => p.WorkerId).ToListAsync(cancellationToken)).ToHashSet();
        var workers = await db.Workers.AsNoTracking().Where(w => assigned.Contains(w.Id))
            .Select(w => new { w.Id, w.DisplayName, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.AvailableFrom, w.WillingToRelocate })
            .ToListAsync(cancellationToken);
        var people = new List<SupplyPerson>();
        foreach (var w in workers.OrderBy(w => w.DisplayName, StringComparer.CurrentCulture))
        {
            var facts = new WorkerSupplyFacts(w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.AvailableFrom, w.WillingToRelocate, employed.Contains(w.Id));
            if (test(facts) && await CaseWorkerAccess.MayReadAsync(db, caseWorkerUserId, w.Id, cancellationToken))
            {
                people.Add(new SupplyPerson(w.Id.Value, w.DisplayName, w.RegisteredProvinceCode));
            }
        }

        return (assessment, people);
    }
}
