using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workflow;

/// <summary>
/// Reads placements for the people in them: the worker, the business's owner and recruiters, and the worker's
/// assigned case worker when the worker agreed to their help. Anyone else gets nothing ("not found").
/// </summary>
public sealed class PlacementQueries(ILabourHubDbContext db, LabourHub.Application.Reference.IReferenceCatalogue catalogue, TimeProvider clock)
{
    public async Task<PlacementView?> GetAsync(Guid placementId, string callerUserId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PlacementId(placementId), cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var side = await SideAsync(placement, callerUserId, cancellationToken);
        return side is null ? null : await ViewAsync(placement, side.Value, cancellationToken);
    }

    /// <summary>The caller's placements, newest first, with their deadlines (worker, employer member or case worker).</summary>
    public async Task<IReadOnlyList<PlacementView>> ListAsync(string callerUserId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, callerUserId);
        var self = db.Workers.Where(w => w.UserId == callerUserId).Select(w => w.Id);
        var assigned = db.CaseAssignments.Where(c => c.CaseWorkerUserId == callerUserId).Select(c => c.WorkerId);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => mine.Contains(p.EmployerId) || self.Contains(p.WorkerId) || assigned.Contains(p.WorkerId))
            .OrderByDescending(p => p.OfferedOn).ThenByDescending(p => p.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var views = new List<PlacementView>();
        foreach (var placement in placements)
        {
            if (await SideAsync(placement, callerUserId, cancellationToken) is { } side)
            {
                views.Add(await ViewAsync(placement, side, cancellationToken));
            }
        }

        return views;
    }

    /// <summary>The audit log and its verification, for the people who may read the placement.</summary>
    public async Task<(IReadOnlyList<WorkflowAuditEntry> Entries, AuditVerification Verification)?> AuditAsync(Guid placementId, string callerUserId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PlacementId(placementId), cancellationToken);
        if (placement is null || await SideAsync(placement, callerUserId, cancellationToken) is null)
        {
            return null;
        }

        var entries = await db.WorkflowAudit.AsNoTracking().Where(e => e.PlacementId == placement.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return (entries, AuditChain.Verify(entries, placement.Version));
    }

    /// <summary>Verifies every placement's chain (the operator's command); returns the broken ones.</summary>
    public async Task<IReadOnlyList<(Guid Placement, AuditVerification Verification)>> VerifyAllAsync(CancellationToken cancellationToken)
    {
        var versions = await db.Placements.AsNoTracking().Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken);
        var broken = new List<(Guid, AuditVerification)>();
        foreach (var batch in versions.Chunk(500))
        {
            var ids = batch.Select(b => b.Id).ToList();
            var entries = (await db.WorkflowAudit.AsNoTracking().Where(e => ids.Contains(e.PlacementId)).ToListAsync(cancellationToken))
                .ToLookup(e => e.PlacementId);
            foreach (var placement in batch)
            {
                var verdict = AuditChain.Verify(entries[placement.Id].ToList(), placement.Version);
                if (!verdict.Intact)
                {
                    broken.Add((placement.Id.Value, verdict));
                }
            }
        }

        // The application must agree with its placement (both change in the same transaction).
        var pairs = await (from p in db.Placements.AsNoTracking()
                           join a in db.Applications.AsNoTracking() on p.ApplicationId equals a.Id
                           select new { p.Id, p.Status, p.Version, Application = a.Status }).ToListAsync(cancellationToken);
        foreach (var pair in pairs.Where(p => !Agrees(p.Status, p.Application)))
        {
            broken.Add((pair.Id.Value, new AuditVerification(false, pair.Version, "application")));
        }

        // Entries whose placement row is gone are tampering too.
        var known = versions.Select(v => v.Id).ToHashSet();
        var orphans = await db.WorkflowAudit.AsNoTracking().Select(e => e.PlacementId).Distinct().ToListAsync(cancellationToken);
        broken.AddRange(orphans.Where(o => !known.Contains(o)).Select(o => (o.Value, new AuditVerification(false, 1, "orphaned"))));
        return broken;
    }

    private static bool Agrees(PlacementStatus placement, Domain.Applications.ApplicationStatus application) => placement switch
    {
        PlacementStatus.Offered => application == Domain.Applications.ApplicationStatus.Offered,
        PlacementStatus.Declined => application == Domain.Applications.ApplicationStatus.Withdrawn,
        PlacementStatus.Expired => application == Domain.Applications.ApplicationStatus.Rejected,
        PlacementStatus.Withdrawn => application is Domain.Applications.ApplicationStatus.Rejected or Domain.Applications.ApplicationStatus.Hired,
        _ => application == Domain.Applications.ApplicationStatus.Hired,
    };

    private async Task<PlacementSide?> SideAsync(Placement placement, string callerUserId, CancellationToken cancellationToken)
    {
        if (await db.Workers.AnyAsync(w => w.Id == placement.WorkerId && w.UserId == callerUserId, cancellationToken))
        {
            return PlacementSide.Worker;
        }

        if (await CallerBusinesses.Of(db, callerUserId).ContainsAsync(placement.EmployerId, cancellationToken))
        {
            return PlacementSide.Employer;
        }

        return await CaseWork.CaseWorkerAccess.MayReadAsync(db, callerUserId, placement.WorkerId, cancellationToken) ? PlacementSide.CaseWorker : null;
    }

    private async Task<PlacementView> ViewAsync(Placement placement, PlacementSide side, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == placement.EmployerId)
            .Select(e => new { e.Name, e.TaxNumber }).FirstAsync(cancellationToken);
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == placement.WorkerId)
            .Select(w => new { w.DisplayName, w.ForeignerIdentityNumber }).FirstAsync(cancellationToken);
        return new PlacementView(placement, side, employer.Name, employer.TaxNumber.Value, worker.DisplayName, worker.ForeignerIdentityNumber?.Masked, PlacementDeadlines.Of(placement), TurkeyCalendar.Today(clock))
        {
            ProvinceName = catalogue.ProvinceName(placement.ProvinceCode),
        };
    }
}

/// <summary>Which side of the placement the reader is on.</summary>
public enum PlacementSide
{
    Worker,
    Employer,
    CaseWorker,
}

/// <summary>
/// A placement as one of its parties reads it. The worker's name is in it because an offer comes after an accepted
/// interview; the foreigner number only masked (the contract shows it masked too).
/// </summary>
public sealed record PlacementView(
    Placement Placement,
    PlacementSide Side,
    string EmployerName,
    string EmployerTaxNumber,
    string WorkerName,
    string? WorkerIdentityMasked,
    IReadOnlyList<Deadline> Deadlines,
    DateOnly Today)
{
    /// <summary>The workplace's province, by name.</summary>
    public string ProvinceName { get; init; } = string.Empty;
}
