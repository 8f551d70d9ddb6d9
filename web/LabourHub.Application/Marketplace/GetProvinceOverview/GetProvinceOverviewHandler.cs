using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Marketplace.GetProvinceOverview;

/// <summary>Registered workers against open positions by province, largest supply first.</summary>
public sealed class GetProvinceOverviewHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue)
{
    /// <summary>Figures about fewer people than this are suppressed.</summary>
    public const int SuppressBelow = 10;

    public async Task<IReadOnlyList<ProvinceFigures>> HandleAsync(int top, CancellationToken cancellationToken)
    {
        var workers = await db.Workers.GroupBy(w => w.RegisteredProvinceCode)
            .Select(g => new { Province = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Province, x => x.Count, cancellationToken);
        var vacancies = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open)
            .GroupBy(v => v.ProvinceCode)
            .Select(g => new { Province = g.Key, Count = g.Count(), Positions = g.Sum(v => v.Positions) })
            .ToDictionaryAsync(x => x.Province, x => (x.Count, x.Positions), cancellationToken);

        return workers.Keys.Union(vacancies.Keys)
            .Select(code =>
            {
                var supply = workers.GetValueOrDefault(code);
                var demand = vacancies.GetValueOrDefault(code);
                return new ProvinceFigures(code, catalogue.ProvinceName(code), supply < SuppressBelow ? null : supply, demand.Count, demand.Positions);
            })
            .OrderByDescending(p => workers.GetValueOrDefault(p.ProvinceCode))
            .ThenByDescending(p => p.OpenPositions)
            .Take(top)
            .ToList();
    }
}
