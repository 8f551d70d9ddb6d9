using LabourHub.Application.Common;
using LabourHub.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Protection.Screening;

/// <summary>Screens text against the active red-flag rules as the administrators left them (read on every call: the table is small).</summary>
public sealed class RedFlagScreening(ILabourHubDbContext db)
{
    public async Task<IReadOnlyList<RedFlagHit>> ScreenAsync(ScreeningInput input, CancellationToken cancellationToken)
    {
        var rules = await db.RedFlagRules.AsNoTracking().Where(r => r.Active).ToListAsync(cancellationToken);
        return RedFlagScreener.Screen(rules, input);
    }
}
