using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Application.Notifications;
using LabourHub.Application.Protection.Screening;
using LabourHub.Application.Workers;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Messaging.ApplicationThreads;

/// <summary>
/// The message thread of one job application, for its two sides only: the worker who applied, and the owner and
/// recruiters of the business that advertised. Anyone else, including another business or another worker, is told
/// "not found". A closed application's thread stays readable; writing to it is refused. Reports of abuse go to case
/// workers and are never shown to the business.
/// </summary>
public sealed class ThreadHandler(ILabourHubDbContext db, ApplicationNotifier notifier, RedFlagScreening screening, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Page 1 holds the newest messages; higher pages go back in time. Each page reads oldest first.</summary>
    public async Task<ThreadView?> ReadAsync(Guid applicationId, MessageSide side, string callerUserId, int page, CancellationToken cancellationToken)
    {
        var thread = await OpenAsync(applicationId, side, callerUserId, cancellationToken);
        if (thread is null)
        {
            return null;
        }

        var (application, vacancyTitle, business) = thread.Value;
        page = Math.Clamp(page, 1, Paging.MaxPage);
        var all = db.Messages.AsNoTracking().Where(m => m.ApplicationId == application.Id);
        var total = await all.CountAsync(cancellationToken);
        var rows = await all.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var lines = rows.AsEnumerable().Reverse().Select(m => new ThreadLine(m.Id, m.Side, m.Side == side, m.Body, m.SentAt) { Flags = side == MessageSide.Worker ? m.Flags : [] }).ToList();

        string? name = null;
        string? phone = null;
        if (side == MessageSide.Employer && await MayContactAsync(application.WorkerId, callerUserId, cancellationToken))
        {
            var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == application.WorkerId, cancellationToken);
            name = worker.DisplayName;
            phone = worker.Phone?.Value;
        }

        return new ThreadView(
            application.Id.Value,
            application.VacancyId.Value,
            vacancyTitle,
            side,
            business,
            ThreadView.CodeOf(application.Id.Value),
            name,
            phone,
            application.Status,
            application.Status is not (ApplicationStatus.Withdrawn or ApplicationStatus.Rejected),
            new PagedResult<ThreadLine>(lines, total, page, PageSize));
    }

    /// <summary>Null when sent; otherwise a domain error code (application.not_found, message.empty, message.too_long, message.closed).</summary>
    public async Task<string?> PostAsync(Guid applicationId, MessageSide side, string callerUserId, string? body, CancellationToken cancellationToken)
    {
        var thread = await OpenAsync(applicationId, side, callerUserId, cancellationToken);
        if (thread is null)
        {
            return "application.not_found";
        }

        var written = ThreadMessage.Write(thread.Value.Application, side, callerUserId, body, clock.GetUtcNow());
        if (!written.IsSuccess)
        {
            return written.Error!.Code;
        }

        db.Messages.Add(written.Value);
        if (side == MessageSide.Employer)
        {
            // What a business writes to a worker is screened: delivered, with a warning to the worker and a copy for case workers.
            var hits = await screening.ScreenAsync(ScreeningInput.ForText(written.Value.Body), cancellationToken);
            if (hits.Count > 0)
            {
                var now = clock.GetUtcNow();
                written.Value.Flag(hits.Select(h => h.Category));
                var employer = await db.Vacancies.AsNoTracking().Where(v => v.Id == thread.Value.Application.VacancyId).Select(v => v.EmployerId).SingleAsync(cancellationToken);
                var report = AbuseReport.FromScreening(ReportSubject.Thread, employer, thread.Value.Application.VacancyId, thread.Value.Application.Id, written.Value.Id, written.Value.Flags, now);
                db.AbuseReports.Add(report);
                db.ReportActions.Add(ReportAction.Record(report.Id, "filed", null, string.Join(", ", hits.Select(h => $"{h.Category}: {h.Pattern}")), now));
            }
        }

        await notifier.NewMessageAsync(thread.Value.Application, written.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Null when filed; otherwise application.not_found, report.reason or report.comment_too_long.</summary>
    public async Task<string?> ReportAsync(Guid applicationId, MessageSide side, string callerUserId, string? reason, string? comment, CancellationToken cancellationToken)
    {
        var thread = await OpenAsync(applicationId, side, callerUserId, cancellationToken);
        if (thread is null)
        {
            return "application.not_found";
        }

        var application = thread.Value.Application;
        var employer = await db.Vacancies.AsNoTracking().Where(v => v.Id == application.VacancyId).Select(v => v.EmployerId).SingleAsync(cancellationToken);
        var filed = AbuseReport.File(application.Id, employer, callerUserId, side, reason, comment, clock.GetUtcNow());
        if (!filed.IsSuccess)
        {
            return filed.Error!.Code;
        }

        db.AbuseReports.Add(filed.Value);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The application if the caller is on <paramref name="side"/> of it; null (not found) otherwise.</summary>
    private async Task<(JobApplication Application, string VacancyTitle, string Business)?> OpenAsync(Guid applicationId, MessageSide side, string callerUserId, CancellationToken cancellationToken)
    {
        var key = new JobApplicationId(applicationId);
        var query = from a in db.Applications.AsNoTracking()
                    join v in db.Vacancies.AsNoTracking() on a.VacancyId equals v.Id
                    join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                    where a.Id == key
                    select new { Application = a, v.Title, e.Name, Employer = e.Id };
        if (side == MessageSide.Worker)
        {
            var mine = db.Workers.Where(w => w.UserId == callerUserId).Select(w => w.Id);
            query = query.Where(r => mine.Contains(r.Application.WorkerId));
        }
        else
        {
            var ours = CallerBusinesses.Of(db, callerUserId);
            query = query.Where(r => ours.Contains(r.Employer));
        }

        var row = await query.FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Application, row.Title, row.Name);
    }

    /// <summary>The access rule decides: contact details only after an accepted interview with one of the caller's businesses.</summary>
    private async Task<bool> MayContactAsync(WorkerId worker, string callerUserId, CancellationToken cancellationToken)
    {
        var ours = CallerBusinesses.Of(db, callerUserId);
        var statuses = await (from a in db.Applications
                              join v in db.Vacancies on a.VacancyId equals v.Id
                              where a.WorkerId == worker && ours.Contains(v.EmployerId)
                              select a.Status).ToListAsync(cancellationToken);
        var access = WorkerAccessRule.Decide(new WorkerAccessFacts
        {
            IsSelf = false,
            IsEmployer = true,
            IsCaseWorker = false,
            AppliedToCallersEmployer = statuses.Count > 0,
            AcceptedInterviewWithCallersEmployer = statuses.Any(s => s is ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired),
            Discoverable = false,
            AssignedToCaller = false,
            CaseWorkerAccessConsented = false,
        });
        return access >= WorkerAccessLevel.Contact;
    }
}
