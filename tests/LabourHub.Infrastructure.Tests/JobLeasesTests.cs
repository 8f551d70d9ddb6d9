using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LabourHub.Infrastructure.Tests;

/// <summary>A process's side of the leases: renews only when a third of the lease has gone, notices a lost lease, releases once.</summary>
[Trait("Capability", "Infra")]
public sealed class JobLeasesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingStore _store = new();

    [Fact]
    public async Task HoldAsync_AsksTheStoreOnlyWhenRenewalIsDue()
    {
        var leases = Leases();

        Assert.True(await leases.HoldAsync(JobNames.SearchIndexer, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.True(await leases.HoldAsync(JobNames.SearchIndexer, CancellationToken.None));
        Assert.Equal(1, _store.Acquires);

        _clock.Advance(TimeSpan.FromSeconds(1)); // 10 s = a third of 30 s
        Assert.True(await leases.HoldAsync(JobNames.SearchIndexer, CancellationToken.None));
        Assert.Equal(2, _store.Acquires);
        Assert.Equal(TimeSpan.FromSeconds(10), leases.RetryInterval);
    }

    [Fact]
    public async Task HoldAsync_WhenAnotherInstanceTookTheJob_StopsHolding_AndReleaseSkipsTheStore()
    {
        var leases = Leases();
        Assert.True(await leases.HoldAsync(JobNames.NotificationMail, CancellationToken.None));

        _store.Grant = false;
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(await leases.HoldAsync(JobNames.NotificationMail, CancellationToken.None));
        await leases.ReleaseAsync(JobNames.NotificationMail);

        Assert.Equal(0, _store.Releases);
    }

    [Fact]
    public async Task ReleaseAsync_GivesUpAHeldLease_AndNeverThrows()
    {
        var leases = Leases();
        Assert.True(await leases.HoldAsync(JobNames.SearchIndexer, CancellationToken.None));
        _store.FailRelease = true;

        await leases.ReleaseAsync(JobNames.SearchIndexer);

        Assert.Equal(1, _store.Releases);
    }

    [Theory]
    [InlineData("all", true)]
    [InlineData("web", true)]
    [InlineData("Worker", true)]
    [InlineData("boss", false)]
    public void Options_Role_MustBeAllWebOrWorker(string role, bool valid)
    {
        var folder = Directory.CreateTempSubdirectory("labourhub-role-").FullName;
        try
        {
            var result = new LabourHubOptionsValidator().Validate(null, new LabourHubOptions { DataFolder = folder, Role = role });

            Assert.Equal(valid, result.Succeeded);
            Assert.True(valid || result.FailureMessage!.Contains("LabourHub__Role", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void HostRole_WebRunsNoJobs_WorkerServesNoPortal()
    {
        Assert.True(HostRole.RunsJobs(HostRole.All) && HostRole.ServesPortal(HostRole.All));
        Assert.False(HostRole.RunsJobs(HostRole.Web));
        Assert.True(HostRole.ServesPortal(HostRole.Web));
        Assert.True(HostRole.RunsJobs(HostRole.Worker));
        Assert.False(HostRole.ServesPortal(HostRole.Worker));
    }

    private JobLeases Leases() => new(_store, Options.Create(new JobLeaseOptions()), _clock, NullLogger<JobLeases>.Instance);

    private sealed class CountingStore : ILeaseStore
    {
        public bool Grant { get; set; } = true;
        public bool FailRelease { get; set; }
        public int Acquires { get; private set; }
        public int Releases { get; private set; }

        public Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken)
        {
            Acquires++;
            return Task.FromResult(Grant);
        }

        public Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken)
        {
            Releases++;
            return FailRelease ? Task.FromException(new InvalidOperationException("database gone")) : Task.CompletedTask;
        }
    }
}
