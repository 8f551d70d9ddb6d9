using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>
/// Loads the reference data on first start, in one transaction, at most once per database (guarded by the
/// <see cref="DataImport"/> key, so a second start or a second instance never duplicates it).
/// </summary>
public sealed partial class ReferenceDataImporter(LabourHubDbContext db, TimeProvider clock, ILogger<ReferenceDataImporter> logger)
{
    /// <summary>Bump when the reference files change in a way that needs a reload.</summary>
    public const string ImportKey = "reference-data:esco-1.1.1:isco-08:tr-geo:v1";

    public async Task<bool> ImportIfMissingAsync(CancellationToken cancellationToken)
    {
        if (await db.DataImports.AnyAsync(i => i.Key == ImportKey, cancellationToken))
        {
            return false;
        }

        var started = clock.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marker = new DataImport { Key = ImportKey, CompletedAt = clock.GetUtcNow() };
        db.DataImports.Add(marker);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance imported it between our check and our insert.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        var rows = 0;
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.IscoGroups(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.EscoOccupations(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.EscoSkills(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.OccupationSkills(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Provinces(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Districts(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.ProvinceDistances(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Languages(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.NaceActivities(), cancellationToken);
        rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.MinimumWages(), cancellationToken);
        marker.Rows = rows;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogImported(logger, rows, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data imported: {Rows} rows in {ElapsedMs} ms")]
    private static partial void LogImported(ILogger logger, int rows, long elapsedMs);
}
