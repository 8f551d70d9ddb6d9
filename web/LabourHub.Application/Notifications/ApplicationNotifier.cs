using LabourHub.Application.Common;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Notifications;

/// <summary>
/// Adds the notifications an application event calls for to the unit of work; the caller's SaveChanges writes them
/// with the event itself, so there is never an event without its notification or the other way round. The worker
/// hears about their application's steps and new messages; the business's owner and recruiters about new applications
/// and new messages. Nobody is told about their own action.
/// </summary>
public sealed class ApplicationNotifier(ILabourHubDbContext db, TimeProvider clock)
{
    /// <summary>The application moved from <paramref name="before"/> to its current status (nothing when it did not move).</summary>
    public async Task StatusChangedAsync(JobApplication application, ApplicationStatus before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        NotificationKind? kind = application.Status == before ? null : application.Status switch
        {
            ApplicationStatus.Shortlisted => NotificationKind.ApplicationShortlisted,
            ApplicationStatus.Interview => NotificationKind.InterviewInvited,
            ApplicationStatus.Rejected => NotificationKind.ApplicationRejected,
            ApplicationStatus.Offered => NotificationKind.JobOffered,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var (title, _) = await VacancyAsync(application.VacancyId, cancellationToken);
        if (await WorkerUserAsync(application.WorkerId, cancellationToken) is { } worker)
        {
            db.Notifications.Add(Notification.For(worker, kind.Value, MessageSide.Worker, application.Id, application.VacancyId, title, application.RejectionReason, clock.GetUtcNow()));
        }
    }

    /// <summary>
    /// A workflow step or deadline for the people of a placement: the worker, the business's people, or both. A
    /// deadline reminder is sent once per placement and deadline.
    /// </summary>
    public async Task WorkflowAsync(Domain.Workflow.Placement placement, NotificationKind kind, string code, bool toWorker, bool toEmployer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (kind == NotificationKind.WorkflowDeadline
            && await db.Notifications.AnyAsync(n => n.ApplicationId == placement.ApplicationId && n.Kind == kind && n.ReasonCode == code, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (toWorker && await WorkerUserAsync(placement.WorkerId, cancellationToken) is { } worker)
        {
            db.Notifications.Add(Notification.For(worker, kind, MessageSide.Worker, placement.ApplicationId, placement.VacancyId, placement.PositionTitle, code, now));
        }

        if (toEmployer)
        {
            foreach (var member in await EmployerPeopleAsync(placement.EmployerId, cancellationToken))
            {
                db.Notifications.Add(Notification.For(member, kind, MessageSide.Employer, placement.ApplicationId, placement.VacancyId, placement.PositionTitle, code, now));
            }
        }
    }

    public async Task NewApplicationAsync(JobApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var (title, employer) = await VacancyAsync(application.VacancyId, cancellationToken);
        foreach (var member in await EmployerPeopleAsync(employer, cancellationToken))
        {
            db.Notifications.Add(Notification.For(member, NotificationKind.NewApplication, MessageSide.Employer, application.Id, application.VacancyId, title, null, clock.GetUtcNow()));
        }
    }

    /// <summary>A message from one side tells the other side: the worker, or every owner and recruiter of the business.</summary>
    public async Task NewMessageAsync(JobApplication application, ThreadMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(message);
        var (title, employer) = await VacancyAsync(application.VacancyId, cancellationToken);
        var now = clock.GetUtcNow();
        if (message.Side == MessageSide.Employer)
        {
            if (await WorkerUserAsync(application.WorkerId, cancellationToken) is { } worker)
            {
                db.Notifications.Add(Notification.For(worker, NotificationKind.NewMessage, MessageSide.Worker, application.Id, application.VacancyId, title, null, now));
            }

            return;
        }

        foreach (var member in (await EmployerPeopleAsync(employer, cancellationToken)).Where(m => m != message.AuthorUserId))
        {
            db.Notifications.Add(Notification.For(member, NotificationKind.NewMessage, MessageSide.Employer, application.Id, application.VacancyId, title, null, now));
        }
    }

    private async Task<(string Title, EmployerId Employer)> VacancyAsync(VacancyId id, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == id).Select(v => new { v.Title, v.EmployerId }).SingleAsync(cancellationToken);
        return (vacancy.Title, vacancy.EmployerId);
    }

    private Task<string?> WorkerUserAsync(WorkerId id, CancellationToken cancellationToken) =>
        db.Workers.AsNoTracking().Where(w => w.Id == id).Select(w => w.UserId).SingleOrDefaultAsync(cancellationToken);

    private async Task<List<string>> EmployerPeopleAsync(EmployerId employer, CancellationToken cancellationToken)
    {
        var owner = await db.Employers.AsNoTracking().Where(e => e.Id == employer).Select(e => e.OwnerUserId).SingleOrDefaultAsync(cancellationToken);
        var members = await db.EmployerMembers.AsNoTracking().Where(m => m.EmployerId == employer).Select(m => m.UserId).ToListAsync(cancellationToken);
        return (owner is null ? members : [owner, .. members]).Distinct(StringComparer.Ordinal).ToList();
    }
}
