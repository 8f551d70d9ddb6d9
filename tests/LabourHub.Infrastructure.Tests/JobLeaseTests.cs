using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabourHub.Infrastructure.Tests;

/// <summary>The JobLeases table on both providers: one holder at a time, renewal, expiry and release.</summary>
[Trait("Capability", "Infra")]
public sealed class JobLeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public async Task TryAcquire_SecondHolder_IsRefusedUntilTheLeaseExpires_ThenTakesIt(string provider)
    {
        await using var database = await MigratedAsync(provider);
        if (database is null)
        {
            return; // No PostgreSQL configured outside CI.
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var store = new DatabaseLeaseStore(database.Services.GetRequiredService<IServiceScopeFactory>(), clock);

        Assert.True(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-a", Duration, CancellationToken.None));
        Assert.False(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-b", Duration, CancellationToken.None));
        Assert.True(await store.TryAcquireAsync(JobNames.NotificationMail, "worker-b", Duration, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-a", Duration, CancellationToken.None)); // renewed to 12:00:50
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-b", Duration, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(11)); // worker-a stopped renewing: expired
        Assert.True(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-b", Duration, CancellationToken.None));
        Assert.False(await store.TryAcquireAsync(JobNames.SearchIndexer, "worker-a", Duration, CancellationToken.None));

        await using var db = database.NewContext();
        var lease = await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == JobNames.SearchIndexer);
        Assert.Equal("worker-b", lease.Holder);
    }

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public async Task Release_LetsAnotherHolderTakeTheJobAtOnce_AndIgnoresNonHolders(string provider)
    {
        await using var database = await MigratedAsync(provider);
        if (database is null)
        {
            return;
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var store = new DatabaseLeaseStore(database.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        Assert.True(await store.TryAcquireAsync(JobNames.TokenPruning, "worker-a", Duration, CancellationToken.None));

        await store.ReleaseAsync(JobNames.TokenPruning, "worker-b", CancellationToken.None);
        Assert.False(await store.TryAcquireAsync(JobNames.TokenPruning, "worker-b", Duration, CancellationToken.None));

        await store.ReleaseAsync(JobNames.TokenPruning, "worker-a", CancellationToken.None);
        Assert.True(await store.TryAcquireAsync(JobNames.TokenPruning, "worker-b", Duration, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquire_ManyInstancesRacingForAFreeJob_ExactlyOneWins()
    {
        await using var database = await MigratedAsync(DatabaseOptions.Sqlite);
        var store = new DatabaseLeaseStore(database!.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.TryAcquireAsync("race", $"worker-{i}", Duration, CancellationToken.None))));

        Assert.Equal(1, results.Count(won => won));
    }

    private static async Task<TestDatabase?> MigratedAsync(string provider)
    {
        var database = TestDatabase.TryCreate(provider, new Dictionary<string, string?> { ["LabourHub:SeedDemoData"] = "false" });
        if (database is not null)
        {
            await using var db = database.NewContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }
}
