using LabourHub.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Privacy.ExportMyData;

/// <summary>Everything the marketplace holds about one person, for a KVKK data-access request (JSON download).</summary>
public sealed class ExportMyDataHandler(ILabourHubDbContext db)
{
    public async Task<MarketplaceDataExport> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        var applications = worker is null
            ? []
            : await db.Applications.AsNoTracking().Where(a => a.WorkerId == worker.Id)
                .Select(a => new ApplicationExport(a.VacancyId.Value, a.Status.ToString(), a.SubmittedAt, a.UpdatedAt))
                .ToListAsync(cancellationToken);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.RecordedAt)
            .Select(c => new ConsentExport(c.Purpose.ToString(), c.Granted, c.NoticeVersion, c.RecordedAt))
            .ToListAsync(cancellationToken);
        var profile = worker is null ? null : new WorkerExport(
            worker.Id.Value,
            worker.DisplayName,
            worker.Phone?.Value,
            worker.ForeignerIdentityNumber?.Value,
            worker.NationalityCode,
            worker.Gender.ToString(),
            worker.BirthYear,
            worker.ProtectionStatus.ToString(),
            worker.ProtectionRegisteredOn,
            worker.RegisteredProvinceCode,
            worker.Languages.Select(l => $"{l.LanguageCode}:{l.Level.Code}").ToList(),
            worker.OccupationCodes,
            worker.SkillUris,
            worker.ExperienceYears,
            worker.Education.ToString(),
            worker.WageExpectation.Lira,
            worker.AvailableFrom,
            worker.WillingToRelocate,
            worker.Discoverable,
            worker.RegisteredAt,
            worker.UpdatedAt);
        var threads = worker is null ? db.Applications.Where(_ => false).Select(a => a.Id) : db.Applications.Where(a => a.WorkerId == worker.Id).Select(a => a.Id);
        var messages = (await db.Messages.AsNoTracking()
                .Where(m => threads.Contains(m.ApplicationId) || m.AuthorUserId == userId)
                .OrderBy(m => m.SentAt)
                .ToListAsync(cancellationToken))
            .Select(m => new MessageExport(m.ApplicationId.Value, m.Side.ToString(), m.AuthorUserId == userId, m.Body, m.SentAt))
            .ToList();
        var notifications = (await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken))
            .Select(n => new NotificationExport(n.Kind.ToString(), n.ApplicationId.Value, n.VacancyTitle, n.ReasonCode, n.CreatedAt, n.ReadAt, n.EmailedAt))
            .ToList();
        var reports = (await db.AbuseReports.AsNoTracking().Where(r => r.ReporterUserId == userId).OrderBy(r => r.ReportedAt).ToListAsync(cancellationToken))
            .Select(r => new AbuseReportExport(r.ApplicationId?.Value, r.Reason, r.Comment, r.ReportedAt, r.HandledAt))
            .ToList();
        return new MarketplaceDataExport(profile, applications, consents, messages, notifications, reports);
    }
}
