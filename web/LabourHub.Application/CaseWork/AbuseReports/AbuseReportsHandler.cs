using LabourHub.Application.Common;
using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.CaseWork.AbuseReports;

/// <summary>
/// The case workers' queue of reported threads (open reports first). Any case worker may read a reported thread from its
/// report, and only from its report: there is no other way for staff to read messages. Handling records who, when and a note.
/// </summary>
public sealed class AbuseReportsHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public const int MaxMessagesShown = 500;

    public async Task<PagedResult<AbuseReportRow>> ListAsync(int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        var total = await db.AbuseReports.CountAsync(cancellationToken);
        var reports = await db.AbuseReports.AsNoTracking()
            .OrderBy(r => r.HandledAt != null).ThenByDescending(r => r.ReportedAt)
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
            .Select(m => new ThreadLine(m.Id, m.Side, false, m.Body, m.SentAt))
            .ToList();
        return new AbuseReportDetail(await RowAsync(report, cancellationToken), report.Comment, report.HandlingNote, lines, total);
    }

    /// <summary>Null when recorded; report.not_found or report.note otherwise.</summary>
    public async Task<string?> MarkHandledAsync(Guid reportId, string caseWorkerUserId, string? note, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return "report.not_found";
        }

        var handled = report.MarkHandled(caseWorkerUserId, note, clock.GetUtcNow());
        if (!handled.IsSuccess)
        {
            return handled.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<AbuseReportRow> RowAsync(AbuseReport report, CancellationToken cancellationToken)
    {
        var business = await db.Employers.AsNoTracking().Where(e => e.Id == report.EmployerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        string? title = null;
        if (report.ApplicationId is { } application)
        {
            title = await (from a in db.Applications.AsNoTracking()
                           join v in db.Vacancies.AsNoTracking() on a.VacancyId equals v.Id
                           where a.Id == application
                           select v.Title).SingleOrDefaultAsync(cancellationToken);
        }

        return new AbuseReportRow(
            report.Id,
            report.Reason,
            report.ReporterSide,
            business,
            title,
            report.ApplicationId is { } id ? ThreadView.CodeOf(id.Value) : null,
            report.ReportedAt,
            report.HandledAt);
    }
}
