using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Application.Workers.Documents;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Support.Grants;

/// <summary>
/// Grant applications: the business drafts, uploads the checklist's documents and submits; case workers review,
/// score and decide. Every business call finds the application through the caller's own businesses, so another
/// business's application is "not found".
/// </summary>
public sealed class GrantApplicationsHandler(ILabourHubDbContext db, IDocumentStore store, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<(Guid? Id, string? Problem)> StartAsync(string userId, Guid programmeId, GrantForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var mine = CallerBusinesses.Of(db, userId);
        var employer = await db.Employers.AsNoTracking().Where(e => mine.Contains(e.Id)).FirstOrDefaultAsync(cancellationToken);
        if (employer is null)
        {
            return (null, "order.no_business");
        }

        var programme = await db.SupportProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
        {
            return (null, "programme.not_found");
        }

        if (await db.GrantApplications.AnyAsync(a => a.ProgrammeId == programmeId && a.EmployerId == employer.Id, cancellationToken))
        {
            return (null, "grant.already_applied");
        }

        var started = GrantApplication.Start(programme, employer.Id, userId, ApplicantFacts.Of(employer), form.PlannedHires, form.PlannedRefugeeHires, form.Summary, form.Budget, Today, clock.GetUtcNow());
        if (!started.IsSuccess)
        {
            return (null, started.Error!.Code);
        }

        db.GrantApplications.Add(started.Value);
        await db.SaveChangesAsync(cancellationToken);
        return (started.Value.Id, null);
    }

    public async Task<string?> EditAsync(string userId, Guid applicationId, GrantForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var application = await MineAsync(userId, applicationId, cancellationToken);
        if (application is null)
        {
            return "grant.not_found";
        }

        var programme = await db.SupportProgrammes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var edited = application.Edit(programme, form.PlannedHires, form.PlannedRefugeeHires, form.Summary, form.Budget);
        if (!edited.IsSuccess)
        {
            return edited.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Stores the document for one checklist item, replacing an earlier one; drafts only.</summary>
    public async Task<string?> UploadAsync(string userId, Guid applicationId, string checklistItem, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var application = await MineAsync(userId, applicationId, cancellationToken);
        if (application is null)
        {
            return "grant.not_found";
        }

        if (application.Status != GrantStatus.Draft)
        {
            return "grant.not_draft";
        }

        var programme = await db.SupportProgrammes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var item = programme.Checklist.FirstOrDefault(c => string.Equals(c, checklistItem, StringComparison.OrdinalIgnoreCase));
        if (item is null)
        {
            return "grant.checklist_item";
        }

        var file = await UploadedFile.CheckAsync(content, cancellationToken);
        if (file.Problem is not null)
        {
            return file.Problem;
        }

        var document = new GrantDocument(application.Id, item, string.Empty, DocumentFileName.Clean(fileName, file.ContentType), file.ContentType, file.Content.Length, file.Sha256, clock.GetUtcNow());
        var replaced = await db.GrantDocuments.Where(d => d.ApplicationId == application.Id && d.ChecklistItem == item).ToListAsync(cancellationToken);
        await store.SaveAsync(application.Id, document.Id, file.Content, cancellationToken);
        db.GrantDocuments.RemoveRange(replaced);
        db.GrantDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(application.Id, document.Id, CancellationToken.None);
            throw;
        }

        foreach (var old in replaced)
        {
            await store.DeleteAsync(application.Id, old.Id, CancellationToken.None);
        }

        return null;
    }

    public async Task<string?> SubmitAsync(string userId, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await MineAsync(userId, applicationId, cancellationToken);
        if (application is null)
        {
            return "grant.not_found";
        }

        var programme = await db.SupportProgrammes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var uploaded = await db.GrantDocuments.Where(d => d.ApplicationId == application.Id).Select(d => d.ChecklistItem).ToListAsync(cancellationToken);
        var submitted = application.Submit(programme, uploaded, Today, clock.GetUtcNow());
        if (!submitted.IsSuccess)
        {
            return submitted.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<GrantRow>> MyApplicationsAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        return await Rows(db.GrantApplications.AsNoTracking().Where(a => mine.Contains(a.EmployerId))).ToListAsync(cancellationToken);
    }

    /// <summary>The business's view of its application; reviewers' scores and comments stay internal.</summary>
    public async Task<GrantView?> ForBusinessAsync(string userId, Guid applicationId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        var application = await db.GrantApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId && mine.Contains(a.EmployerId), cancellationToken);
        return application is null ? null : await ViewAsync(application, internalView: false, cancellationToken);
    }

    public async Task<PagedResult<GrantRow>> ForCaseWorkersAsync(GrantStatus? status, int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        var query = db.GrantApplications.AsNoTracking().Where(a => a.Status != GrantStatus.Draft);
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await Rows(query).Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize).ToListAsync(cancellationToken);
        return new PagedResult<GrantRow>(items, total, page, Paging.DefaultPageSize);
    }

    public async Task<GrantView?> ForCaseWorkerAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.GrantApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId && a.Status != GrantStatus.Draft, cancellationToken);
        return application is null ? null : await ViewAsync(application, internalView: true, cancellationToken);
    }

    public Task<string?> ReviewAsync(string caseWorkerUserId, Guid applicationId, int expectedVersion, int score, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, expectedVersion, (a, _, now) => a.AddReview(caseWorkerUserId, score, comment, now), cancellationToken);

    public Task<string?> RejectAsync(string caseWorkerUserId, Guid applicationId, int expectedVersion, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, expectedVersion, (a, _, now) => a.Reject(caseWorkerUserId, reason, now), cancellationToken);

    /// <summary>Awards within what is left of the programme's budget; the programme's version serialises awards.</summary>
    public Task<string?> AwardAsync(string caseWorkerUserId, Guid applicationId, int expectedVersion, Money amount, CancellationToken cancellationToken) =>
        DecideAsync(
            applicationId,
            expectedVersion,
            (a, programme, now) =>
            {
                var awarded = db.GrantApplications.Where(x => x.ProgrammeId == programme.Id && x.Status == GrantStatus.Awarded)
                    .Select(x => x.AwardedAmount).AsEnumerable().Sum(m => m.Kurus);
                var left = Money.FromKurus(Math.Max(0, programme.Budget.Kurus - awarded));
                var result = a.Award(caseWorkerUserId, amount, left, DateOnly.FromDateTime(now.UtcDateTime), now);
                if (result.IsSuccess)
                {
                    db.SupportProgrammes.Entry(programme).Property(p => p.Version).CurrentValue = programme.Version + 1;
                }

                return result;
            },
            cancellationToken);

    public async Task<DocumentFile?> OpenDocumentAsync(string userId, bool caseWorker, Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        var application = await db.GrantApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId && (caseWorker ? a.Status != GrantStatus.Draft : mine.Contains(a.EmployerId)), cancellationToken);
        if (application is null)
        {
            return null;
        }

        var document = await db.GrantDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == application.Id, cancellationToken);
        var bytes = document is null ? null : await store.ReadAsync(application.Id, document.Id, cancellationToken);
        return bytes is null ? null : new DocumentFile(document!.FileName, document.ContentType, bytes);
    }

    /// <summary>
    /// New formal hires that count for milestones: placements of the business that started on or after the award day
    /// with an SGK notice on file, active or since ended.
    /// </summary>
    public static IQueryable<Placement> VerifiedHires(ILabourHubDbContext db, EmployerId employerId, DateOnly awardedOn)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Placements.Where(p => p.EmployerId == employerId
            && (p.Status == PlacementStatus.Active || p.Status == PlacementStatus.Ended)
            && p.SgkReference != null && p.StartedOn != null && p.StartedOn >= awardedOn);
    }

    private async Task<string?> DecideAsync(Guid applicationId, int expectedVersion, Func<GrantApplication, SupportProgramme, DateTimeOffset, Domain.Common.Result<GrantApplication>> decide, CancellationToken cancellationToken)
    {
        var application = await db.GrantApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.Status != GrantStatus.Draft, cancellationToken);
        if (application is null)
        {
            return "grant.not_found";
        }

        if (application.Version != expectedVersion)
        {
            return "grant.stale";
        }

        var programme = await db.SupportProgrammes.FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var result = decide(application, programme, clock.GetUtcNow());
        if (!result.IsSuccess)
        {
            db.DiscardChanges();
            return result.Error!.Code;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return "grant.stale";
        }
    }

    private async Task<GrantApplication?> MineAsync(string userId, Guid applicationId, CancellationToken cancellationToken)
    {
        var mine = CallerBusinesses.Of(db, userId);
        return await db.GrantApplications.FirstOrDefaultAsync(a => a.Id == applicationId && mine.Contains(a.EmployerId), cancellationToken);
    }

    private IQueryable<GrantRow> Rows(IQueryable<GrantApplication> applications) =>
        from a in applications
        join p in db.SupportProgrammes on a.ProgrammeId equals p.Id
        join e in db.Employers on a.EmployerId equals e.Id
        orderby a.SubmittedAt descending, a.CreatedAt descending
        select new GrantRow(a.Id, p.Name, e.Name, e.ProvinceCode, a.Status, a.CreatedAt, a.SubmittedAt, a.AwardedAmount, a.Reviews.Count);

    private async Task<GrantView> ViewAsync(GrantApplication application, bool internalView, CancellationToken cancellationToken)
    {
        var programme = await db.SupportProgrammes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var employer = await db.Employers.AsNoTracking().FirstAsync(e => e.Id == application.EmployerId, cancellationToken);
        var documents = await db.GrantDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id).OrderBy(d => d.ChecklistItem).ToListAsync(cancellationToken);
        var instalments = await db.GrantInstalments.AsNoTracking().Where(i => i.ApplicationId == application.Id).OrderBy(i => i.MilestoneSequence).ToListAsync(cancellationToken);
        var hires = application.AwardedOn is { } on ? await VerifiedHires(db, application.EmployerId, on).CountAsync(cancellationToken) : 0;
        var milestones = application.Status == GrantStatus.Awarded
            ? programme.Milestones.OrderBy(m => m.Sequence)
                .Select(m => new MilestoneProgress(m, application.InstalmentFor(programme, m), instalments.FirstOrDefault(i => i.MilestoneSequence == m.Sequence)?.ReleasedAt))
                .ToList()
            : [];
        var reasons = ProgrammeEligibility.Check(programme, ApplicantFacts.Of(employer), Today);
        return new GrantView(
            application,
            programme,
            employer.Name,
            employer.TurkishHeadcount + employer.ForeignHeadcount,
            employer.ProvinceCode,
            employer.NaceSection,
            documents,
            internalView ? application.Reviews : [],
            reasons,
            hires,
            milestones,
            instalments);
    }
}

public sealed record GrantForm(int PlannedHires, int PlannedRefugeeHires, string? Summary, IReadOnlyList<BudgetLine> Budget);

public sealed record GrantRow(Guid Id, string ProgrammeName, string BusinessName, int ProvinceCode, GrantStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, Money Awarded, int Reviews);

public sealed record MilestoneProgress(ProgrammeMilestone Milestone, Money Amount, DateTimeOffset? ReleasedAt);

public sealed record GrantView(
    GrantApplication Application,
    SupportProgramme Programme,
    string BusinessName,
    int Headcount,
    int ProvinceCode,
    string NaceSection,
    IReadOnlyList<GrantDocument> Documents,
    IReadOnlyList<GrantReview> Reviews,
    IReadOnlyList<IneligibilityReason> EligibilityNow,
    int VerifiedHires,
    IReadOnlyList<MilestoneProgress> Milestones,
    IReadOnlyList<GrantInstalment> Instalments);
