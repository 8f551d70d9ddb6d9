using LabourHub.Application.Support.Grants;
using LabourHub.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Support;

/// <summary>Options of the support portal's background work (section "Support").</summary>
public sealed class SupportOptions
{
    public const string SectionName = "Support";

    /// <summary>Check awarded grants for milestones reached in this process (off in web replicas when a worker runs).</summary>
    public bool RunMilestoneSweeper { get; set; } = true;

    public TimeSpan MilestoneInterval { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>Runs <see cref="MilestoneTracker"/> on an interval while this instance holds the job's lease.</summary>
public sealed partial class MilestoneSweeper(IServiceScopeFactory scopes, IOptions<SupportOptions> options, JobLeases leases, TimeProvider clock, ILogger<MilestoneSweeper> logger) : BackgroundService
{
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<MilestoneTracker>().ReleaseDueAsync(cancellationToken);
        if (released > 0)
        {
            LogSwept(released);
        }

        return released;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await leases.HoldAsync(JobNames.SupportMilestones, stoppingToken))
                    {
                        await SweepOnceAsync(stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // A failed round (database restarting) must not stop the sweeper; it runs again next interval.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    LogFailed(exception.GetType().Name);
                }

                try
                {
                    await Task.Delay(options.Value.MilestoneInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
        finally
        {
            await leases.ReleaseAsync(JobNames.SupportMilestones);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Support milestones: {Released} instalments released")]
    private partial void LogSwept(int released);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Support milestone sweep failed ({ExceptionType}); retrying next interval")]
    private partial void LogFailed(string exceptionType);
}
