using LabourHub.Application.Reference;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>Builds the generator's <see cref="DemoReference"/> from the imported reference data.</summary>
public static class DemoReferenceLoader
{
    /// <summary>How many ESCO occupations under one ISCO unit group lend their skills to the demo.</summary>
    private const int OccupationsPerGroup = 2;

    public static async Task<DemoReference> LoadAsync(LabourHubDbContext db, IIscoCodeCatalog catalogue, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = DemoCatalog.Sectors.SelectMany(s => s.Jobs).Select(j => j.IscoCode).Distinct().ToList();
        var occupations = await db.EscoOccupations.AsNoTracking()
            .Where(o => codes.Contains(o.IscoCode))
            .OrderBy(o => o.IscoCode).ThenBy(o => o.PreferredLabel)
            .Select(o => new { o.Uri, o.IscoCode })
            .ToListAsync(cancellationToken);
        var chosen = occupations.GroupBy(o => o.IscoCode).SelectMany(g => g.Take(OccupationsPerGroup)).Select(o => (o.Uri, o.IscoCode)).ToList();
        var uris = chosen.Select(o => o.Uri).ToList();
        var relations = await db.OccupationSkills.AsNoTracking()
            .Where(r => uris.Contains(r.OccupationUri))
            .ToListAsync(cancellationToken);
        var wages = await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken);
        var distances = await db.ProvinceDistances.AsNoTracking().ToListAsync(cancellationToken);
        return Build(chosen, relations, wages, distances, today, catalogue);
    }

    /// <summary>The same reference straight from the embedded files, for tools that have no database (the CLI).</summary>
    public static DemoReference LoadFromFiles(DateOnly today)
    {
        var codes = DemoCatalog.Sectors.SelectMany(s => s.Jobs).Select(j => j.IscoCode).ToHashSet(StringComparer.Ordinal);
        var chosen = ReferenceDataReader.EscoOccupations()
            .Where(o => codes.Contains(o.IscoCode))
            .OrderBy(o => o.IscoCode, StringComparer.Ordinal).ThenBy(o => o.PreferredLabel, StringComparer.Ordinal)
            .GroupBy(o => o.IscoCode).SelectMany(g => g.Take(OccupationsPerGroup))
            .Select(o => (o.Uri, o.IscoCode)).ToList();
        var uris = chosen.Select(o => o.Uri).ToHashSet(StringComparer.Ordinal);
        var relations = ReferenceDataReader.OccupationSkills().Where(r => uris.Contains(r.OccupationUri)).ToList();
        var isco = ReferenceDataReader.IscoGroups().Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        return Build(chosen, relations, ReferenceDataReader.MinimumWages(), ReferenceDataReader.ProvinceDistances(), today, new SetIscoCatalog(isco));
    }

    private static DemoReference Build(
        IReadOnlyList<(string Uri, string IscoCode)> chosen,
        IReadOnlyList<OccupationSkill> relations,
        IReadOnlyList<MinimumWage> wages,
        IReadOnlyList<ProvinceDistance> distances,
        DateOnly today,
        IIscoCodeCatalog catalogue)
    {
        var skills = chosen.GroupBy(o => o.IscoCode).ToDictionary(
            g => g.Key,
            g =>
            {
                var mine = relations.Where(r => g.Any(o => o.Uri == r.OccupationUri))
                    .OrderBy(r => r.OccupationUri, StringComparer.Ordinal).ThenBy(r => r.SkillUri, StringComparer.Ordinal).ToList();
                var essential = mine.Where(r => r.Essential).Select(r => r.SkillUri).Distinct().ToList();
                IReadOnlyList<string> optional = mine.Where(r => !r.Essential).Select(r => r.SkillUri).Except(essential).Distinct().ToList();
                return ((IReadOnlyList<string>)essential, optional);
            });
        var wage = MinimumWage.InForce(wages, today)
            ?? throw new InvalidOperationException($"The minimum-wage table has no row for {today:yyyy-MM-dd}; add one to minimum_wage_tr.authored.csv.");
        return new DemoReference(skills, wage, catalogue, distances.ToDictionary(d => (d.FromProvinceCode, d.ToProvinceCode), d => d.Kilometres));
    }

    private sealed class SetIscoCatalog(HashSet<string> codes) : IIscoCodeCatalog
    {
        public bool Exists(string code) => codes.Contains(code);
    }
}
