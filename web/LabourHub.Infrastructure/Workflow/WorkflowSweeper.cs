using LabourHub.Application.Workflow;
using LabourHub.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Workflow;

/// <summary>Options of the workflow's deadline sweep (section "Workflow").</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>Run the sweep in this process (turn off in web replicas when a worker process runs it).</summary>
    public bool RunSweeper { get; set; } = true;

    /// <summary>How often the sweep runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>
/// Runs <see cref="WorkflowSweepHandler"/> on an interval, on the injected TimeProvider, while this instance holds the
/// job's lease (one worker instance sweeps). Logs counts only.
/// </summary>
public sealed partial class WorkflowSweeper(IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, JobLeases leases, TimeProvider clock, ILogger<WorkflowSweeper> logger) : BackgroundService
{
    public async Task<SweepReport> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<WorkflowSweepHandler>().RunAsync(cancellationToken);
        LogSwept(logger, report.Expired, report.Started, report.Reminders);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            await leases.ReleaseAsync(JobNames.WorkflowSweep);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leases.HoldAsync(JobNames.WorkflowSweep, stoppingToken))
                {
                    await SweepOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sweep must survive a failed round (database restarting); it runs again next interval.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(logger, exception.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow sweep: {Expired} offers lapsed, {Started} placements started, {Reminders} reminders")]
    private static partial void LogSwept(ILogger logger, int expired, int started, int reminders);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow sweep failed ({ExceptionType}); retrying next interval")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
