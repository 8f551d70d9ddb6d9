using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;

namespace LabourHub.Identity.Server;

/// <summary>
/// Removes expired and revoked tokens and authorizations once a day (OpenIddict.Quartz is not served here). With several
/// worker instances, each day's run takes the "token-pruning" lease for a little under a day through
/// <see cref="LabourHubIdentityOptions.AcquireJobLease"/>, so only the first instance to wake prunes.
/// </summary>
internal sealed class TokenPruningService(IServiceScopeFactory scopes, TimeProvider clock, LabourHubIdentityOptions options) : BackgroundService
{
    public const string JobName = "token-pruning";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            if (options.AcquireJobLease is { } acquire && !await acquire(scope.ServiceProvider, JobName, Interval - TimeSpan.FromHours(1), stoppingToken))
            {
                continue;
            }

            var threshold = clock.GetUtcNow().AddDays(-14);
            await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
            await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
        }
    }
}
