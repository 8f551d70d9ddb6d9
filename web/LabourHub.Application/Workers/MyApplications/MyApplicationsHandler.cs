using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workers.MyApplications;

public enum ApplyOutcome
{
    Applied,
    AlreadyApplied,
    AlreadyWithdrawn,
    VacancyNotOpen,
    NoProfile,
}

/// <summary>One of the worker's applications, with the vacancy it is for and where it stands.</summary>
public sealed record MyApplication(
    Guid Id,
    Guid VacancyId,
    string VacancyTitle,
    string EmployerName,
    string ProvinceName,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string? RejectionReason);

/// <summary>
/// A worker applies to an open vacancy (applying twice is the same application), withdraws, and lists their
/// applications. Everything is looked up through the caller's own profile: another person's application is "not found".
/// </summary>
public sealed class MyApplicationsHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, Notifications.ApplicationNotifier notifier, TimeProvider clock)
{
    public async Task<(ApplyOutcome Outcome, Guid? ApplicationId)> ApplyAsync(Guid vacancyId, string userId, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().Where(w => w.UserId == userId).Select(w => (WorkerId?)w.Id).FirstOrDefaultAsync(cancellationToken);
        if (worker is not { } workerId)
        {
            return (ApplyOutcome.NoProfile, null);
        }

        var key = new VacancyId(vacancyId);
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == key, cancellationToken);
        var existing = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.VacancyId == key && a.WorkerId == workerId, cancellationToken);
        if (existing is not null)
        {
            return (existing.Status == ApplicationStatus.Withdrawn ? ApplyOutcome.AlreadyWithdrawn : ApplyOutcome.AlreadyApplied, existing.Id.Value);
        }

        if (vacancy is null || !vacancy.IsOpenOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            return (ApplyOutcome.VacancyNotOpen, null);
        }

        var application = JobApplication.Submit(key, workerId, clock.GetUtcNow());
        db.Applications.Add(application);
        await notifier.NewApplicationAsync(application, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (ApplyOutcome.Applied, application.Id.Value);
        }
        catch (DbUpdateException)
        {
            // The same person applied twice at once: the unique (vacancy, worker) index kept one; answer with it.
            db.Applications.Entry(application).State = EntityState.Detached;
            foreach (var unsent in db.Notifications.Local.Where(n => n.ApplicationId == application.Id).ToList())
            {
                db.Notifications.Entry(unsent).State = EntityState.Detached;
            }

            var winner = await db.Applications.AsNoTracking().FirstAsync(a => a.VacancyId == key && a.WorkerId == workerId, cancellationToken);
            return (ApplyOutcome.AlreadyApplied, winner.Id.Value);
        }
    }

    /// <summary>False when the application is not the caller's; withdrawing twice is harmless.</summary>
    public async Task<bool> WithdrawAsync(Guid applicationId, string userId, CancellationToken cancellationToken)
    {
        var key = new JobApplicationId(applicationId);
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == key && mine.Contains(a.WorkerId), cancellationToken);
        if (application is null)
        {
            return false;
        }

        var moved = application.MoveTo(ApplicationStatus.Withdrawn, clock.GetUtcNow());
        if (!moved.IsSuccess)
        {
            return true; // hired, rejected or already withdrawn: nothing to withdraw
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<MyApplication>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        var rows = await (from a in db.Applications.AsNoTracking()
                          join v in db.Vacancies.AsNoTracking() on a.VacancyId equals v.Id
                          join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                          where mine.Contains(a.WorkerId)
                          select new { a.Id, a.VacancyId, v.Title, e.Name, v.ProvinceCode, a.Status, a.SubmittedAt, a.UpdatedAt, a.RejectionReason })
                         .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.UpdatedAt)
            .Select(r => new MyApplication(r.Id.Value, r.VacancyId.Value, r.Title, r.Name, catalogue.ProvinceName(r.ProvinceCode), r.Status, r.SubmittedAt, r.UpdatedAt, r.RejectionReason))
            .ToList();
    }
}
