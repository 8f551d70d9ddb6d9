using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>
/// Runs a one-off data load at most once per database: the <see cref="DataImport"/> row is inserted first, in the
/// same transaction as the load, so a second start skips it and a second instance loses the insert race and skips
/// it too. A load that fails leaves neither its rows nor its marker.
/// </summary>
internal static class DataImportRunner
{
    /// <returns>True when this call ran the load; false when it had already run.</returns>
    public static async Task<bool> RunOnceAsync(
        LabourHubDbContext db, string key, TimeProvider clock, Func<CancellationToken, Task<int>> load, CancellationToken cancellationToken)
    {
        if (await db.DataImports.AnyAsync(i => i.Key == key, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marker = new DataImport { Key = key, CompletedAt = clock.GetUtcNow() };
        db.DataImports.Add(marker);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        var rows = await load(cancellationToken);
        if (db.Entry(marker).State == EntityState.Detached)
        {
            db.Attach(marker);
        }

        marker.Rows = rows;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
