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
        return new MarketplaceDataExport(profile, applications, consents);
    }
}
