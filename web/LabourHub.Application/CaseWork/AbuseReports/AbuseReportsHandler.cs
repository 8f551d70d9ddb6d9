using LabourHub.Application.Common;
using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.CaseWork.AbuseReports;

/// <summary>
/// The case workers' protection queue: reports people filed (about a thread, a vacancy, a business or a placement)
/// and what red-flag screening held or flagged. Open reports first, gravest and most urgent first. Any case worker may
/// read a reported thread from its report, and only from its report. Every step is appended to the report's record.
/// Open reports are listed by deadline, handled ones after them.
/// </summary>
public sealed class AbuseReportsHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public const int MaxMessagesShown = 500;

    public async Task<PagedResult<AbuseReportRow>> ListAsync(int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        var total = await db.AbuseReports.CountAsync(cancellationToken);
        // The deadline already carries the severity (graver reports are due sooner), so open reports come by deadline.
        var reports = await db.AbuseReports.AsNoTracking()
            .OrderBy(r => r.HandledAt != null).ThenBy(r => r.RespondBy).ThenByDescending(r => r.ReportedAt)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .ToListAsync(cancellationToken);
        var rows = new List<AbuseReportRow>(reports.Count);
        foreach (var report in reports)
        {
            rows.Add(await RowAsync(report, cancellationToken));
        }

        return new PagedResult<AbuseReportRow>(rows, total, page, Paging.DefaultPageSize);
    }

    public async Task<AbuseReportDetail?> GetAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var messages = report.ApplicationId is { } application
            ? db.Messages.AsNoTracking().Where(m => m.ApplicationId == application)
            : db.Messages.AsNoTracking().Where(_ => false);
        var total = await messages.CountAsync(cancellationToken);
        var lines = (await messages.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(MaxMessagesShown).ToListAsync(cancellationToken))
            .AsEnumerable().Reverse()
            .Select(m => new ThreadLine(m.Id, m.Side, false, m.Body, m.SentAt) { Flags = m.Flags })
            .ToList();
        var actions = await db.ReportActions.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new ReportActionLine(a.At, a.Kind, a.Note, a.ByUserId != null)).ToListAsync(cancellationToken);
        VacancyStatus? status = report.VacancyId is { } vacancy
            ? await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancy).Select(v => (VacancyStatus?)v.Status).SingleOrDefaultAsync(cancellationToken)
            : null;
        var paused = await db.Vacancies.CountAsync(v => v.EmployerId == report.EmployerId && v.Status == VacancyStatus.Paused, cancellationToken);
        return new AbuseReportDetail(await RowAsync(report, cancellationToken), report.Comment, report.HandlingNote, lines, total)
        {
            Indicators = report.IndicatorCodes,
            Actions = actions,
            VacancyId = report.VacancyId?.Value,
            VacancyStatus = status,
            PlacementId = report.PlacementId?.Value,
            FlaggedMessageId = report.MessageId,
            PausedVacancies = paused,
        };
    }

    /// <summary>Null when recorded; report.not_found or report.note otherwise.</summary>
    public async Task<string?> MarkHandledAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return "report.not_found";
        }

        var wasHandled = report.IsHandled;
        var handled = report.MarkHandled(caseWorkerUserId, note, clock.GetUtcNow());
        if (!handled.IsSuccess)
        {
            return handled.Error!.Code;
        }

        if (!wasHandled)
        {
            db.ReportActions.Add(ReportAction.Record(report.Id, "handled", caseWorkerUserId, note, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds a note to the record (a call made, advice given). Null when recorded.</summary>
    public async Task<string?> AddNoteAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken)
    {
        if (!await db.AbuseReports.AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return "report.not_found";
        }

        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > ReportAction.MaxNoteLength)
        {
            return "report.note";
        }

        db.ReportActions.Add(ReportAction.Record(reportId, "note", caseWorkerUserId, note, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Records the ILO forced-labour indicators found. The first indicator escalates the case (critical, a day to
    /// answer) and pauses every open vacancy of the business; it cannot publish again until the case is closed.
    /// </summary>
    public async Task<string?> RecordIndicatorsAsync(Guid reportId, string caseWorkerUserId, IReadOnlyCollection<string> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return "report.not_found";
        }

        var now = clock.GetUtcNow();
        var recorded = report.RecordIndicators(indicators, now);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!.Code;
        }

        db.ReportActions.Add(ReportAction.Record(report.Id, "indicators", caseWorkerUserId, string.Join(", ", report.IndicatorCodes), now));
        if (recorded.Value)
        {
            // Steps of one command are a millisecond apart so the record always reads in the order they happened.
            db.ReportActions.Add(ReportAction.Record(report.Id, "escalated", caseWorkerUserId, null, now.AddMilliseconds(1)));
            var open = await db.Vacancies.Where(v => v.EmployerId == report.EmployerId && v.Status == VacancyStatus.Open).ToListAsync(cancellationToken);
            var paused = open.Count(v => v.Pause());
            db.ReportActions.Add(ReportAction.Record(report.Id, "vacancies_paused", null, paused.ToString(System.Globalization.CultureInfo.InvariantCulture), now.AddMilliseconds(2)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The held vacancy was a false alarm: it opens, and the report is closed with the note.</summary>
    public Task<string?> ApproveVacancyAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken) =>
        DecideVacancyAsync(reportId, caseWorkerUserId, note, approve: true, cancellationToken);

    /// <summary>The held vacancy goes back to the employer as a draft to change; the report is closed with the note.</summary>
    public Task<string?> ReturnVacancyAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken) =>
        DecideVacancyAsync(reportId, caseWorkerUserId, note, approve: false, cancellationToken);

    /// <summary>
    /// Closes an escalated case and puts the business's paused vacancies back, unless another escalated case against
    /// the same business is still open.
    /// </summary>
    public async Task<string?> ResumeVacanciesAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return "report.not_found";
        }

        var now = clock.GetUtcNow();
        var handled = report.MarkHandled(caseWorkerUserId, note, now);
        if (!handled.IsSuccess)
        {
            return handled.Error!.Code;
        }

        db.ReportActions.Add(ReportAction.Record(report.Id, "handled", caseWorkerUserId, note, now));
        if (!await db.AbuseReports.AnyAsync(r => r.EmployerId == report.EmployerId && r.Id != report.Id && r.EscalatedAt != null && r.HandledAt == null, cancellationToken))
        {
            var paused = await db.Vacancies.Where(v => v.EmployerId == report.EmployerId && v.Status == VacancyStatus.Paused).ToListAsync(cancellationToken);
            var resumed = paused.Count(v => v.Resume());
            db.ReportActions.Add(ReportAction.Record(report.Id, "vacancies_resumed", caseWorkerUserId, resumed.ToString(System.Globalization.CultureInfo.InvariantCulture), now.AddMilliseconds(1)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<string?> DecideVacancyAsync(Guid reportId, string caseWorkerUserId, string? note, bool approve, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report?.VacancyId is not { } vacancyId)
        {
            return "report.not_found";
        }

        var vacancy = await db.Vacancies.FirstAsync(v => v.Id == vacancyId, cancellationToken);
        var now = clock.GetUtcNow();
        var decided = approve ? vacancy.ApproveAfterReview(now) : vacancy.ReturnToEmployer();
        if (!decided.IsSuccess)
        {
            return decided.Error!.Code;
        }

        var handled = report.MarkHandled(caseWorkerUserId, note, now);
        if (!handled.IsSuccess)
        {
            return handled.Error!.Code;
        }

        db.ReportActions.Add(ReportAction.Record(report.Id, approve ? "vacancy_approved" : "vacancy_returned", caseWorkerUserId, note, now));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<AbuseReportRow> RowAsync(AbuseReport report, CancellationToken cancellationToken)
    {
        var business = await db.Employers.AsNoTracking().Where(e => e.Id == report.EmployerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        string? title = null;
        if (report.VacancyId is { } vacancy)
        {
            title = await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancy).Select(v => v.Title).SingleOrDefaultAsync(cancellationToken);
        }
        else if (report.ApplicationId is { } application)
        {
            title = await (from a in db.Applications.AsNoTracking()
                           join v in db.Vacancies.AsNoTracking() on a.VacancyId equals v.Id
                           where a.Id == application
                           select v.Title).SingleOrDefaultAsync(cancellationToken);
        }
        else if (report.PlacementId is { } placement)
        {
            title = await db.Placements.AsNoTracking().Where(p => p.Id == placement).Select(p => p.PositionTitle).SingleOrDefaultAsync(cancellationToken);
        }

        return new AbuseReportRow(
            report.Id,
            report.Reason,
            report.ReporterSide,
            business,
            title,
            report.ApplicationId is { } id ? ThreadView.CodeOf(id.Value) : null,
            report.ReportedAt,
            report.HandledAt)
        {
            Subject = report.Subject,
            Source = report.Source,
            Severity = report.Severity,
            RespondBy = report.RespondBy,
            Overdue = report.IsOverdue(clock.GetUtcNow()),
            Escalated = report.IsEscalated,
            Flags = report.Flags,
        };
    }
}
