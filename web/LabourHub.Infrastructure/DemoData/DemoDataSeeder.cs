using LabourHub.Application.Reference;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>Seeds the demo population once per database, in one transaction, when LabourHub:SeedDemoData is on.</summary>
public sealed partial class DemoDataSeeder(
    LabourHubDbContext db,
    IReferenceCatalogue catalogue,
    IOptions<LabourHubOptions> options,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task<bool> SeedIfMissingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var key = $"demo-data:v1:seed={settings.DemoSeed}";
        if (!settings.SeedDemoData || await db.DataImports.AnyAsync(i => i.Key.StartsWith("demo-data:"), cancellationToken))
        {
            return false;
        }

        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marker = new DataImport { Key = key, CompletedAt = now };
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

        var reference = await DemoReferenceLoader.LoadAsync(db, catalogue, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var generator = new DemoPopulationGenerator(reference, settings.DemoSeed, now)
        {
            ProvinceNames = catalogue.Provinces.ToDictionary(p => p.Code, p => p.Name),
        };
        var population = generator.Generate(settings.DemoEmployers, settings.DemoVacancies, settings.DemoWorkers);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await SaveInBatchesAsync(population.Employers, cancellationToken);
        await SaveInBatchesAsync(population.Vacancies, cancellationToken);
        await SaveInBatchesAsync(population.Workers, cancellationToken);
        await SaveInBatchesAsync(population.Applications, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        db.Attach(marker);
        marker.Rows = population.Employers.Count + population.Vacancies.Count + population.Workers.Count + population.Applications.Count;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogSeeded(logger, population.Workers.Count, population.Employers.Count, population.Vacancies.Count, population.Applications.Count,
            (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return true;
    }

    private async Task SaveInBatchesAsync<T>(IEnumerable<T> items, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var batch in items.Chunk(500))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Workers} workers, {Employers} employers, {Vacancies} vacancies, {Applications} applications in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, int workers, int employers, int vacancies, int applications, long elapsedMs);
}
