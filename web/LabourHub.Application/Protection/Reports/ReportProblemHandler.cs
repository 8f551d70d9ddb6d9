using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Protection.Reports;

/// <summary>
/// "Report a problem" about a vacancy, a business or a placement (threads report through their own page). The report
/// goes to the case workers' queue only: the business is never told, and nothing it can reach says who reported.
/// </summary>
public sealed class ReportProblemHandler(ILabourHubDbContext db, TimeProvider clock)
{
    /// <summary>Null when filed; otherwise report.not_found, report.reason or report.comment_too_long.</summary>
    public async Task<string?> ReportAsync(ReportSubject subject, Guid id, string callerUserId, string? reason, string? comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callerUserId);
        var target = subject switch
        {
            ReportSubject.Vacancy => await VacancyAsync(id, cancellationToken),
            ReportSubject.Employer => await EmployerAsync(id, cancellationToken),
            ReportSubject.Placement => await PlacementAsync(id, callerUserId, cancellationToken),
            _ => null,
        };
        if (target is null)
        {
            return "report.not_found";
        }

        var (employer, vacancy, placement, side) = target.Value;
        var filed = AbuseReport.FileAbout(subject, employer, vacancy, null, placement, callerUserId, side, reason, comment, clock.GetUtcNow());
        if (!filed.IsSuccess)
        {
            return filed.Error!.Code;
        }

        db.AbuseReports.Add(filed.Value);
        db.ReportActions.Add(ReportAction.Record(filed.Value.Id, "filed", null, null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// A case worker opens a case on a placement to go through the ILO checklist: the placement's open case if there
    /// is one, else a new one. Null when the placement does not exist.
    /// </summary>
    public async Task<Guid?> OpenPlacementCaseAsync(Guid placementId, string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var key = new PlacementId(placementId);
        var existing = await db.AbuseReports.Where(r => r.PlacementId == key && r.HandledAt == null).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var placement = await db.Placements.AsNoTracking().Where(p => p.Id == key).Select(p => new { p.EmployerId, p.VacancyId }).FirstOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var report = AbuseReport.FileAbout(ReportSubject.Placement, placement.EmployerId, placement.VacancyId, null, key, caseWorkerUserId, MessageSide.Worker, "other", null, now).Value;
        db.AbuseReports.Add(report);
        db.ReportActions.Add(ReportAction.Record(report.Id, "filed", caseWorkerUserId, null, now));
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    private async Task<(EmployerId, VacancyId?, PlacementId?, MessageSide)?> VacancyAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = new VacancyId(id);
        var employer = await db.Vacancies.AsNoTracking().Where(v => v.Id == key && v.Status == VacancyStatus.Open).Select(v => (EmployerId?)v.EmployerId).FirstOrDefaultAsync(cancellationToken);
        return employer is { } e ? (e, key, null, MessageSide.Worker) : null;
    }

    private async Task<(EmployerId, VacancyId?, PlacementId?, MessageSide)?> EmployerAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = new EmployerId(id);
        return await db.Employers.AsNoTracking().AnyAsync(e => e.Id == key, cancellationToken) ? (key, null, null, MessageSide.Worker) : null;
    }

    /// <summary>Only the placement's worker, or the owner and recruiters of its business, may report it.</summary>
    private async Task<(EmployerId, VacancyId?, PlacementId?, MessageSide)?> PlacementAsync(Guid id, string callerUserId, CancellationToken cancellationToken)
    {
        var key = new PlacementId(id);
        var placement = await db.Placements.AsNoTracking().Where(p => p.Id == key).Select(p => new { p.EmployerId, p.WorkerId, p.VacancyId }).FirstOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            return null;
        }

        if (await db.Workers.AnyAsync(w => w.Id == placement.WorkerId && w.UserId == callerUserId, cancellationToken))
        {
            return (placement.EmployerId, placement.VacancyId, key, MessageSide.Worker);
        }

        return await CallerBusinesses.Of(db, callerUserId).ContainsAsync(placement.EmployerId, cancellationToken)
            ? (placement.EmployerId, placement.VacancyId, key, MessageSide.Employer)
            : null;
    }
}
