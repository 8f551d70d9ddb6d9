using LabourHub.Application.Common;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Marketplace.GetMarketplaceCounts;

/// <summary>Counts straight from the database, so the home page shows the marketplace as it is.</summary>
public sealed class GetMarketplaceCountsHandler(ILabourHubDbContext db)
{
    public async Task<MarketplaceCounts> HandleAsync(CancellationToken cancellationToken)
    {
        var workers = await db.Workers.CountAsync(cancellationToken);
        var employers = await db.Employers.CountAsync(cancellationToken);
        var open = db.Vacancies.Where(v => v.Status == VacancyStatus.Open);
        var openVacancies = await open.CountAsync(cancellationToken);
        var openPositions = await open.SumAsync(v => (int?)v.Positions, cancellationToken) ?? 0;
        var hires = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Hired, cancellationToken);
        return new MarketplaceCounts(workers, employers, openVacancies, openPositions, hires);
    }
}
