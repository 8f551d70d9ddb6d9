using System.Globalization;
using LabourHub.Application.Common;
using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Protection.Rights;

/// <summary>Gathers the rights page: the minimum wage from the dated wage table, the rest from the rights facts.</summary>
public sealed class GetRightsHandler(ILabourHubDbContext db, IRightsFacts facts, TimeProvider clock)
{
    public async Task<RightsPage> HandleAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var wage = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today);
        var net = wage is null
            ? null
            : new RightsFact("minimum_wage.net", wage.NetMonthly.Lira.ToString("0.00", CultureInfo.InvariantCulture), wage.ValidFrom, null, wage.Source);
        return new RightsPage(net, wage?.GrossMonthly.Lira, facts.All.ToDictionary(f => f.Key, StringComparer.Ordinal));
    }
}
