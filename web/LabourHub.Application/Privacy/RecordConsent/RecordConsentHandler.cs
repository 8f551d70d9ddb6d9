using LabourHub.Application.Common;
using LabourHub.Application.Privacy.GetConsents;
using LabourHub.Domain.Common;
using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Privacy.RecordConsent;

/// <summary>
/// Records a person's choices per purpose and applies them at once, in the same transaction: withdrawing
/// discoverability hides their worker profile from employers before the page reloads.
/// </summary>
public sealed class RecordConsentHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(string userId, IReadOnlyDictionary<ConsentPurpose, bool> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var now = clock.GetUtcNow();
        var current = await GetConsentsHandler.CurrentAsync(db, userId, cancellationToken);
        var changed = 0;
        foreach (var (purpose, granted) in choices)
        {
            if (current.TryGetValue(purpose, out var existing) && existing.Granted == granted && existing.NoticeVersion == PrivacyNotice.CurrentVersion)
            {
                continue;
            }

            var record = ConsentRecord.Record(userId, purpose, granted, PrivacyNotice.CurrentVersion, now);
            if (!record.IsSuccess)
            {
                return Result<int>.Failure(record.Error!);
            }

            db.ConsentRecords.Add(record.Value);
            changed++;
            if (purpose == ConsentPurpose.DiscoverableToEmployers)
            {
                var worker = await db.Workers.FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
                worker?.SetDiscoverable(granted, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Success(changed);
    }
}
