using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Support.Programmes;

/// <summary>Support programmes: an administrator's list and form, and the business's view with its pre-check.</summary>
public sealed class ProgrammesHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProgrammeRow>> AllAsync(CancellationToken cancellationToken)
    {
        var programmes = await db.SupportProgrammes.AsNoTracking().OrderByDescending(p => p.CallOpens).ToListAsync(cancellationToken);
        var awarded = await db.GrantApplications.AsNoTracking().Where(a => a.Status == GrantStatus.Awarded)
            .Select(a => new { a.ProgrammeId, a.AwardedAmount }).ToListAsync(cancellationToken);
        var applications = await db.GrantApplications.AsNoTracking().Where(a => a.Status != GrantStatus.Draft)
            .GroupBy(a => a.ProgrammeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. programmes.Select(p => new ProgrammeRow(
            p,
            Money.FromKurus(awarded.Where(a => a.ProgrammeId == p.Id).Sum(a => a.AwardedAmount.Kurus)),
            applications.FirstOrDefault(a => a.Key == p.Id)?.Count ?? 0))];
    }

    public async Task<SupportProgramme?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.SupportProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Creates (id null) or updates a programme. Returns the id, or an error code and nothing saved.</summary>
    public async Task<(Guid? Id, string? Problem)> SaveAsync(Guid? id, ProgrammeTerms terms, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            var created = SupportProgramme.Create(terms, clock.GetUtcNow());
            if (!created.IsSuccess)
            {
                return (null, created.Error!.Code);
            }

            db.SupportProgrammes.Add(created.Value);
            await db.SaveChangesAsync(cancellationToken);
            return (created.Value.Id, null);
        }

        var programme = await db.SupportProgrammes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return (null, "programme.not_found");
        }

        var updated = programme.Update(terms);
        if (!updated.IsSuccess)
        {
            return (null, updated.Error!.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (programme.Id, null);
    }

    /// <summary>Programmes whose call is open or coming, each with the reasons the caller's business may not apply.</summary>
    public async Task<IReadOnlyList<OpenProgramme>> ForBusinessAsync(string userId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mine = CallerBusinesses.Of(db, userId);
        var employer = await db.Employers.AsNoTracking().Where(e => mine.Contains(e.Id)).FirstOrDefaultAsync(cancellationToken);
        var programmes = await db.SupportProgrammes.AsNoTracking().Where(p => p.CallCloses >= today).OrderBy(p => p.CallCloses).ToListAsync(cancellationToken);
        var applied = employer is null
            ? []
            : await db.GrantApplications.AsNoTracking().Where(a => a.EmployerId == employer.Id)
                .Select(a => new { a.ProgrammeId, a.Id }).ToListAsync(cancellationToken);
        return [.. programmes.Select(p => new OpenProgramme(
            p,
            employer is null ? [new IneligibilityReason("order.no_business")] : ProgrammeEligibility.Check(p, ApplicantFacts.Of(employer), today),
            applied.FirstOrDefault(a => a.ProgrammeId == p.Id)?.Id))];
    }
}

public sealed record ProgrammeRow(SupportProgramme Programme, Money Awarded, int Applications)
{
    public Money BudgetLeft => Money.FromKurus(Math.Max(0, Programme.Budget.Kurus - Awarded.Kurus));
}

public sealed record OpenProgramme(SupportProgramme Programme, IReadOnlyList<IneligibilityReason> Reasons, Guid? MyApplicationId);
