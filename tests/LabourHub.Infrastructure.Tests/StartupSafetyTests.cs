using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Tests;

[Trait("Capability", "Foundation")]
public sealed class StartupSafetyTests
{
    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public async Task Initialise_DatabaseFromANewerSchema_StopsWithAClearMessage_AndChangesNothing(string provider)
    {
        await using var database = TestDatabase.TryCreate(provider, new Dictionary<string, string?> { ["LabourHub:SeedDemoData"] = "false" });
        if (database is null)
        {
            return; // No PostgreSQL configured outside CI: nothing to check on that provider here.
        }

        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        }

        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(database.InitialiseAsync);

        Assert.Contains("newer version of LabourHub", error.Message, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Equal(0, await check.IscoGroups.CountAsync());
    }

    [Fact]
    public void Options_UnwritableDataFolder_FailTheStartWithWhatToDo()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = new LabourHubOptionsValidator().Validate(null, new LabourHubOptions { DataFolder = Path.Combine(file, "data") });

            Assert.True(result.Failed);
            Assert.Contains("LabourHub__DataFolder", result.FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Options_WritableDataFolder_Pass()
    {
        var folder = Path.Combine(Path.GetTempPath(), "labourhub-options-" + Guid.NewGuid().ToString("N"));
        var result = new LabourHubOptionsValidator().Validate(null, new LabourHubOptions { DataFolder = folder });

        Assert.True(result.Succeeded);
        Assert.True(Directory.Exists(folder));
        Directory.Delete(folder);
    }

    [Theory]
    [InlineData("mysql", null, "not known")]
    [InlineData("postgres", null, "ConnectionString")]
    public void Options_BadDatabaseSettings_FailWithAReason(string provider, string? connection, string expected)
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = provider, ConnectionString = connection });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnUnwritableDataFolder_StopsWithAClearMessage()
    {
        var file = Path.GetTempFileName();
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["LabourHub:DataFolder"] = Path.Combine(file, "data") })
                .Build();
            await using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LabourHubOptions>>().Value);
            Assert.Contains("cannot write to its data folder", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
