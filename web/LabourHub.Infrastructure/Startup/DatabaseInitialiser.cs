using LabourHub.Infrastructure.DemoData;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabourHub.Infrastructure.Startup;

/// <summary>
/// First-start work, in order: refuse a database from a newer schema, apply migrations, import reference data,
/// load the in-memory catalogue, seed demo data. Each load runs at most once per database.
/// </summary>
public sealed partial class DatabaseInitialiser(IServiceScopeFactory scopes, ReferenceCatalogue catalogue, ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        await RefuseNewerSchemaAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, db.Database.ProviderName ?? "unknown");

        await scope.ServiceProvider.GetRequiredService<ReferenceDataImporter>().ImportIfMissingAsync(cancellationToken);
        await catalogue.LoadAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfMissingAsync(cancellationToken);
    }

    private static async Task RefuseNewerSchemaAsync(LabourHubDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return;
        }

        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new IncompatibleDatabaseException(
                $"The database was created by a newer version of LabourHub: its schema has {unknown.Count} migration(s) this version does not know " +
                $"(the newest is '{unknown.Max(StringComparer.Ordinal)}'). Install that newer LabourHub, or point LabourHub:DataFolder " +
                "(or Database:ConnectionString) at another database. Nothing was changed.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date on {Provider}")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
