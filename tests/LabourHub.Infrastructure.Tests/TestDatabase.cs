using LabourHub.Application;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LabourHub.Infrastructure.Tests;

/// <summary>
/// A real, empty database on one provider with its own data folder, wired exactly as the web host wires it.
/// PostgreSQL needs LABOURHUB_TEST_POSTGRES (infra/scripts/start-test-postgres.sh prints one); without it the
/// PostgreSQL tests are skipped and say so, except under CI, where a missing server is a failure.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LABOURHUB_TEST_POSTGRES";

    private TestDatabase(string provider, string dataFolder, string? connectionString, IReadOnlyDictionary<string, string?> extra)
    {
        Provider = provider;
        DataFolder = dataFolder;
        var settings = new Dictionary<string, string?>
        {
            [$"{LabourHubOptions.SectionName}:DataFolder"] = dataFolder,
            [$"{LabourHubOptions.SectionName}:DemoWorkers"] = "300",
            [$"{LabourHubOptions.SectionName}:DemoEmployers"] = "40",
            [$"{LabourHubOptions.SectionName}:DemoVacancies"] = "80",
            [$"{DatabaseOptions.SectionName}:Provider"] = provider,
            [$"{DatabaseOptions.SectionName}:ConnectionString"] = connectionString,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication();
        services.AddInfrastructure(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Provider { get; }
    public string DataFolder { get; }
    public ServiceProvider Services { get; }

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static string SkipReason =>
        $"No PostgreSQL server configured: set {PostgresVariable} (infra/scripts/start-test-postgres.sh prints one). PostgreSQL tests skipped.";

    /// <summary>Null when the provider is postgres and no server is configured outside CI.</summary>
    public static TestDatabase? TryCreate(string provider, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var folder = Directory.CreateTempSubdirectory("labourhub-test-").FullName;
        if (provider == DatabaseOptions.Sqlite)
        {
            return new TestDatabase(provider, folder, null, extra ?? new Dictionary<string, string?>());
        }

        var server = PostgresConnectionString;
        if (server is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"CI must run the PostgreSQL tests, but {PostgresVariable} is not set.");
            }

            return null;
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"labourhub_test_{Guid.NewGuid():N}" };
        return new TestDatabase(provider, folder, database.ConnectionString, extra ?? new Dictionary<string, string?>());
    }

    public Task InitialiseAsync() => Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);

    /// <summary>A fresh context, as one request would get.</summary>
    public LabourHubDbContext NewContext() => Services.CreateScope().ServiceProvider.GetRequiredService<LabourHubDbContext>();

    public async ValueTask DisposeAsync()
    {
        await using (var db = NewContext())
        {
            await db.Database.EnsureDeletedAsync();
        }

        await Services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread; the temp folder is cleaned by the OS.
        }
    }
}
