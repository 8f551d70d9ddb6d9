using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Infrastructure.Jobs;

/// <summary>
/// Leases in the JobLeases table. Acquire and renew are one UPDATE ... WHERE name = @job AND (holder = @me OR
/// expires_at &lt;= @now): the database decides, so two instances racing for an expired lease cannot both win. The first
/// acquisition of a job inserts its row; a concurrent insert loses on the primary key.
/// </summary>
public sealed class DatabaseLeaseStore(IServiceScopeFactory scopes, TimeProvider clock) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease(job, holder, until));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first: it holds the lease.
            return false;
        }
    }

    public async Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = clock.GetUtcNow();
        await db.JobLeases
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}
