using LabourHub.Infrastructure.Persistence;
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
        var started = clock.GetTimestamp();
        var rows = 0;
        var imported = await DataImportRunner.RunOnceAsync(db, ImportKey, clock, async ct =>
        {
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.IscoGroups(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.EscoOccupations(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.EscoSkills(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.OccupationSkills(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Provinces(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Districts(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.ProvinceDistances(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.Languages(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.NaceActivities(), ct);
            rows += await BulkInserter.InsertAsync(db, ReferenceDataReader.MinimumWages(), ct);
            return rows;
        }, cancellationToken);
        if (imported)
        {
            LogImported(logger, rows, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        }

        await DataImportRunner.RunOnceAsync(db, RedFlagRuleFile.ImportKey, clock, ct =>
        {
            var rules = RedFlagRuleFile.Read(clock.GetUtcNow()).ToList();
            db.RedFlagRules.AddRange(rules);
            return Task.FromResult(rules.Count);
        }, cancellationToken);

        return imported;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data imported: {Rows} rows in {ElapsedMs} ms")]
    private static partial void LogImported(ILogger logger, int rows, long elapsedMs);
}
