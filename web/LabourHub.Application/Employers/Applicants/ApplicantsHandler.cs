using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Employers.Applicants;

/// <summary>An applicant as the employer's list shows them: professional facts and where the application stands; no name or contact.</summary>
public sealed record Applicant(
    Guid ApplicationId,
    Guid Version,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Languages,
    int ExperienceYears,
    string ProvinceName,
    ApplicationStatus Status,
    string? RejectionReason,
    DateTimeOffset SubmittedAt);

public sealed record ApplicantList(Guid VacancyId, string VacancyTitle, IReadOnlyList<Applicant> Applicants);

public enum ApplicantAction
{
    Shortlist,
    Interview,
    Reject,
}

/// <summary>
/// The employer's applicant list for one of its vacancies, and its moves: shortlist, invite to interview, reject with a
/// reason. A vacancy or application of another business is "not found"; a move on an application that changed since
/// the page was drawn is refused (the version token), so two recruiters cannot overwrite each other.
/// </summary>
public sealed class ApplicantsHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, Notifications.ApplicationNotifier notifier, TimeProvider clock)
{
    public async Task<ApplicantList?> ListAsync(Guid vacancyId, string callerUserId, CancellationToken cancellationToken)
    {
        var key = new VacancyId(vacancyId);
        var mine = CallerBusinesses.Of(db, callerUserId);
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == key && mine.Contains(v.EmployerId), cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var rows = await (from a in db.Applications.AsNoTracking()
                          join w in db.Workers.AsNoTracking() on a.WorkerId equals w.Id
                          where a.VacancyId == key
                          select new { Application = a, Worker = w }).ToListAsync(cancellationToken);
        var language = CultureLanguage.Current;
        var applicants = rows
            .OrderBy(r => r.Application.Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn ? 1 : 0)
            .ThenBy(r => r.Application.SubmittedAt)
            .Select(r => new Applicant(
                r.Application.Id.Value,
                r.Application.Version,
                r.Worker.OccupationCodes.Select(c => catalogue.OccupationTitle(c, language)).ToList(),
                r.Worker.Languages.Select(l => $"{l.LanguageCode} {l.Level.Code}").ToList(),
                r.Worker.ExperienceYears,
                catalogue.ProvinceName(r.Worker.RegisteredProvinceCode),
                r.Application.Status,
                r.Application.RejectionReason,
                r.Application.SubmittedAt))
            .ToList();
        return new ApplicantList(vacancyId, vacancy.Title, applicants);
    }

    /// <summary>Null on success; otherwise a domain error code (application.not_found, application.changed, application.transition...).</summary>
    public async Task<string?> MoveAsync(Guid vacancyId, Guid applicationId, ApplicantAction action, string? reason, Guid version, string callerUserId, CancellationToken cancellationToken)
    {
        var key = new JobApplicationId(applicationId);
        var vacancy = new VacancyId(vacancyId);
        var mine = CallerBusinesses.Of(db, callerUserId);
        var ours = db.Vacancies.Where(v => v.Id == vacancy && mine.Contains(v.EmployerId)).Select(v => v.Id);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == key && ours.Contains(a.VacancyId), cancellationToken);
        if (application is null)
        {
            return "application.not_found";
        }

        if (application.Version != version)
        {
            return "application.changed";
        }

        var now = clock.GetUtcNow();
        var before = application.Status;
        Result<JobApplication> moved = action switch
        {
            ApplicantAction.Shortlist => application.MoveTo(ApplicationStatus.Shortlisted, now),
            ApplicantAction.Interview => application.Status == ApplicationStatus.Submitted
                ? application.MoveTo(ApplicationStatus.Shortlisted, now).IsSuccess ? application.MoveTo(ApplicationStatus.Interview, now) : Result<JobApplication>.Failure("application.transition")
                : application.MoveTo(ApplicationStatus.Interview, now),
            _ => application.Reject(reason ?? string.Empty, now),
        };
        if (!moved.IsSuccess)
        {
            return moved.Error!.Code;
        }

        await notifier.StatusChangedAsync(application, before, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "application.changed";
        }
    }
}
