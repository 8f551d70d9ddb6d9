using LabourHub.Application.Common;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workers.GetWorkerProfile;

/// <summary>
/// Reads one worker for one caller, deciding access object by object (<see cref="WorkerAccessRule"/>). Null means
/// "not found" for this caller, whether the worker exists or not, so nothing leaks through status codes.
/// </summary>
public sealed class GetWorkerProfileHandler(ILabourHubDbContext db)
{
    /// <summary>The caller's own profile, whole; null when their account has no work profile yet.</summary>
    public async Task<WorkerProfileView?> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var id = await db.Workers.AsNoTracking().Where(w => w.UserId == userId).Select(w => (WorkerId?)w.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } workerId ? (await HandleAsync(workerId.Value, userId, [], cancellationToken)).View : null;
    }

    public async Task<(WorkerProfileView? View, WorkerAccessLevel Access)> HandleAsync(Guid workerId, string callerUserId, IReadOnlyCollection<string> callerRoles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callerRoles);
        var id = new WorkerId(workerId);
        var worker = await db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worker is null)
        {
            return (null, WorkerAccessLevel.None);
        }

        var isEmployer = callerRoles.Contains("EmployerOwner") || callerRoles.Contains("EmployerRecruiter");
        var isCaseWorker = callerRoles.Contains("CaseWorker");
        var mine = Employers.CallerBusinesses.Of(db, callerUserId);
        var statuses = isEmployer
            ? await (from a in db.Applications
                     join v in db.Vacancies on a.VacancyId equals v.Id
                     where a.WorkerId == id && mine.Contains(v.EmployerId)
                     select a.Status).ToListAsync(cancellationToken)
            : [];
        var assigned = isCaseWorker && await db.CaseAssignments.AnyAsync(c => c.WorkerId == id && c.CaseWorkerUserId == callerUserId, cancellationToken);
        var caseWorkerConsent = assigned && worker.UserId is { } owner && await ConsentedAsync(owner, ConsentPurpose.CaseWorkerAccess, cancellationToken);

        var access = WorkerAccessRule.Decide(new WorkerAccessFacts
        {
            IsSelf = worker.UserId is not null && worker.UserId == callerUserId,
            IsEmployer = isEmployer,
            IsCaseWorker = isCaseWorker,
            AppliedToCallersEmployer = statuses.Count > 0,
            AcceptedInterviewWithCallersEmployer = statuses.Any(s => s is ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired),
            Discoverable = worker.Discoverable,
            AssignedToCaller = assigned,
            CaseWorkerAccessConsented = caseWorkerConsent || (assigned && worker.UserId is null),
        });
        if (access == WorkerAccessLevel.None)
        {
            return (null, access);
        }

        var full = access == WorkerAccessLevel.Full;
        var contact = access >= WorkerAccessLevel.Contact;
        return (new WorkerProfileView(
            worker.Id.Value,
            access.ToString(),
            worker.OccupationCodes,
            worker.SkillUris,
            worker.Languages.Select(l => $"{l.LanguageCode}:{l.Level.Code}").ToList(),
            worker.ExperienceYears,
            worker.RegisteredProvinceCode,
            worker.AvailableFrom,
            worker.WillingToRelocate,
            contact ? worker.DisplayName : null,
            contact ? worker.Phone?.Value : null,
            full ? worker.ProtectionStatus.ToString() : null,
            full ? worker.ProtectionRegisteredOn : null,
            full ? worker.NationalityCode : null,
            full ? worker.ForeignerIdentityNumber?.Masked : null), access);
    }

    private async Task<bool> ConsentedAsync(string userId, ConsentPurpose purpose, CancellationToken cancellationToken)
    {
        var latest = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId && c.Purpose == purpose)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.Granted == true;
    }
}
