using LabourHub.Application.Common;
using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Privacy.GetConsents;

/// <summary>A person's current choice per purpose: the latest record of each; no record means not given.</summary>
public sealed class GetConsentsHandler(ILabourHubDbContext db)
{
    public async Task<IReadOnlyDictionary<ConsentPurpose, bool>> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, userId, cancellationToken);
        return Enum.GetValues<ConsentPurpose>().ToDictionary(p => p, p => current.TryGetValue(p, out var r) && r.Granted);
    }

    internal static async Task<Dictionary<ConsentPurpose, ConsentRecord>> CurrentAsync(ILabourHubDbContext db, string userId, CancellationToken cancellationToken)
    {
        var records = await db.ConsentRecords.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        return records.GroupBy(r => r.Purpose).ToDictionary(g => g.Key, g => g.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Last());
    }
}
