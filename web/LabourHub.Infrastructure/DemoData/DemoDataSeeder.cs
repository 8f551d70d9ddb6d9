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
        if (settings.SeedDemoData)
        {
            await SeedSupportProgrammeAsync(cancellationToken);
        }

        if (!settings.SeedDemoData || await db.DataImports.AnyAsync(i => i.Key.StartsWith("demo-data:"), cancellationToken))
        {
            return false;
        }

        return await SeedAsync(settings.DemoEmployers, settings.DemoVacancies, settings.DemoWorkers, cancellationToken);
    }

    /// <summary>
    /// Generates and saves a population of the given size once per database (the portal's demo seed, and the search
    /// benchmark's 200,000 vacancies and 1,000,000 workers). No outbox messages: the indexes are rebuilt afterwards.
    /// </summary>
    public async Task<bool> SeedAsync(int employers, int vacancies, int workers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        DemoPopulation? population = null;
        var seeded = await DataImportRunner.RunOnceAsync(db, $"demo-data:v1:seed={settings.DemoSeed}", clock, async ct =>
        {
            var reference = await DemoReferenceLoader.LoadAsync(db, catalogue, DateOnly.FromDateTime(now.UtcDateTime), ct);
            var generator = new DemoPopulationGenerator(reference, settings.DemoSeed, now)
            {
                ProvinceNames = catalogue.Provinces.ToDictionary(p => p.Code, p => p.Name),
            };
            population = generator.Generate(employers, vacancies, workers);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.WritesSearchOutbox = false; // the search indexes are rebuilt from the tables at start
            await SaveInBatchesAsync(population.Employers, ct);
            await SaveInBatchesAsync(population.Vacancies, ct);
            await SaveInBatchesAsync(population.Workers, ct);
            await SaveInBatchesAsync(population.Applications, ct);
            await SaveInBatchesAsync(DemoAssessments.Create(now), ct);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.WritesSearchOutbox = true;
            return population.Employers.Count + population.Vacancies.Count + population.Workers.Count + population.Applications.Count;
        }, cancellationToken);
        if (seeded && population is not null)
        {
            LogSeeded(logger, population.Workers.Count, population.Employers.Count, population.Vacancies.Count, population.Applications.Count,
                (long)clock.GetElapsedTime(started).TotalMilliseconds);
        }

        return seeded;
    }

    /// <summary>One open support programme, so a demo business has a call to apply to (its own run-once key).</summary>
    private async Task SeedSupportProgrammeAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await DataImportRunner.RunOnceAsync(db, "demo-support:v1", clock, ct =>
        {
            var terms = new Domain.Support.ProgrammeTerms(
                "KOBİ Kayıtlı İstihdam Desteği",
                "Mülteci ve geçici koruma altındaki kişileri kayıtlı olarak işe alan KOBİ'lere taksitli hibe ve hizmet kuponu.",
                1,
                249,
                [],
                ["A", "C", "F", "I"],
                50,
                Domain.ValueObjects.Money.FromKurus(500_000_000),
                today.AddDays(-7),
                today.AddDays(90),
                ["Vergi levhası", "SGK borcu yoktur yazısı", "İmza sirküleri"],
                70,
                Domain.ValueObjects.Money.FromKurus(2_000_000),
                [new(0, 30), new(2, 30), new(5, 40)]);
            db.SupportProgrammes.Add(Domain.Support.SupportProgramme.Create(terms, clock.GetUtcNow()).Value);
            return Task.FromResult(1);
        }, cancellationToken);
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
