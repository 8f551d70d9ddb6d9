using LabourHub.Application.Reference;
using LabourHub.Domain.Reference;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>Builds the generator's <see cref="DemoReference"/> from the imported reference data.</summary>
public static class DemoReferenceLoader
{
    /// <summary>How many ESCO occupations under one ISCO unit group lend their skills to the demo.</summary>
    private const int OccupationsPerGroup = 2;

    public static async Task<DemoReference> LoadAsync(LabourHubDbContext db, IReferenceCatalogue catalogue, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = DemoCatalog.Sectors.SelectMany(s => s.Jobs).Select(j => j.IscoCode).Distinct().ToList();
        var occupations = await db.EscoOccupations.AsNoTracking()
            .Where(o => codes.Contains(o.IscoCode))
            .OrderBy(o => o.IscoCode).ThenBy(o => o.PreferredLabel)
            .Select(o => new { o.Uri, o.IscoCode })
            .ToListAsync(cancellationToken);
        var chosen = occupations.GroupBy(o => o.IscoCode).SelectMany(g => g.Take(OccupationsPerGroup)).ToList();
        var uris = chosen.Select(o => o.Uri).ToList();
        var relations = await db.OccupationSkills.AsNoTracking()
            .Where(r => uris.Contains(r.OccupationUri))
            .OrderBy(r => r.OccupationUri).ThenBy(r => r.SkillUri)
            .ToListAsync(cancellationToken);

        var skills = chosen.GroupBy(o => o.IscoCode).ToDictionary(
            g => g.Key,
            g =>
            {
                var mine = relations.Where(r => g.Any(o => o.Uri == r.OccupationUri)).ToList();
                var essential = mine.Where(r => r.Essential).Select(r => r.SkillUri).Distinct().ToList();
                IReadOnlyList<string> optional = mine.Where(r => !r.Essential).Select(r => r.SkillUri).Except(essential).Distinct().ToList();
                return ((IReadOnlyList<string>)essential, optional);
            });

        var wages = await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken);
        var wage = MinimumWage.InForce(wages, today)
            ?? throw new InvalidOperationException($"The minimum-wage table has no row for {today:yyyy-MM-dd}; add one to minimum_wage_tr.authored.csv.");
        return new DemoReference(skills, wage, catalogue);
    }
}
