using LabourHub.Application.Reports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Reports;

/// <summary>
/// Recomputes the report snapshot in the background every Reports:RefreshSeconds, so no reader waits for it. Each
/// portal process keeps its own copy in memory: no lease, because every replica must have figures to serve.
/// </summary>
public sealed partial class ReportRefresher(ReportCache cache, IOptions<ReportsOptions> options, TimeProvider clock, ILogger<ReportRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.RefreshSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var snapshot = await cache.RefreshAsync(stoppingToken);
                LogRefreshed(logger, snapshot.SupplyLines.Count, (long)snapshot.ComputeTime.TotalMilliseconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed refresh keeps the last snapshot and tries again at the next interval
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
            }

            await Task.Delay(interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report snapshot refreshed: {Lines} need lines in {Milliseconds} ms")]
    private static partial void LogRefreshed(ILogger logger, int lines, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report snapshot refresh failed; the previous figures stay")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
