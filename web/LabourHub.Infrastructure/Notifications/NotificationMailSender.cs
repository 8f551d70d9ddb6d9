using LabourHub.Application.Notifications;
using LabourHub.Application.Notifications.ListNotifications;
using LabourHub.Domain.Notifications;
using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Notifications;

/// <summary>
/// Mails notifications that have not been mailed (the Notifications table is its own outbox: rows are written with the
/// event, the e-mail follows). A failed delivery is retried with a growing delay per notification (1, 2, 4... minutes,
/// given up after <see cref="Notification.MaxMailAttempts"/>); a failing mail server makes the whole loop back off.
/// Logs carry notification ids and exception types only: never addresses, names or text. As a background service it
/// works only while it holds the <see cref="JobNames.NotificationMail"/> lease, so one worker mails at a time.
/// </summary>
public sealed partial class NotificationMailSender(
    IServiceScopeFactory scopes,
    IOptions<NotificationMailOptions> options,
    TimeProvider clock,
    JobLeases leases,
    ILogger<NotificationMailSender> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _oneBatchAtATime = new(1, 1);

    /// <summary>Sends one batch of due notifications; returns how many it attempted and how many failed.</summary>
    public async Task<(int Attempted, int Failed)> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await _oneBatchAtATime.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var mailer = scope.ServiceProvider.GetRequiredService<INotificationMailer>();
            var now = clock.GetUtcNow();
            var due = await db.Notifications
                .Where(n => n.MailState == NotificationMailState.Pending && n.NextMailAttemptAt <= now)
                .OrderBy(n => n.NextMailAttemptAt).ThenBy(n => n.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            var failed = 0;
            foreach (var notification in due)
            {
                try
                {
                    var outcome = await mailer.SendAsync(notification.RecipientUserId, NotificationItem.From(notification), cancellationToken);
                    if (outcome == NotificationMailOutcome.Sent)
                    {
                        notification.MarkMailed(clock.GetUtcNow());
                    }
                    else
                    {
                        notification.MarkNoAddress();
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One undeliverable message must not stop the others: it is counted, logged by type and retried later.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failed++;
                    notification.MarkMailFailed(clock.GetUtcNow());
                    LogFailed(logger, notification.Id, notification.MailAttempts, e.GetType().Name);
                }

                await db.SaveChangesAsync(CancellationToken.None);
            }

            return (due.Count, failed);
        }
        finally
        {
            _oneBatchAtATime.Release();
        }
    }

    /// <summary>Sends batches until nothing is due (tests and the command line).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var (attempted, failed) = await ProcessBatchAsync(cancellationToken);
            total += attempted - failed;
            if (attempted == 0 || attempted == failed)
            {
                return total;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            await leases.ReleaseAsync(JobNames.NotificationMail);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await leases.HoldAsync(JobNames.NotificationMail, stoppingToken))
                {
                    await Task.Delay(leases.RetryInterval, clock, stoppingToken);
                    continue;
                }

                var (attempted, failed) = await ProcessBatchAsync(stoppingToken);
                if (attempted > 0 && failed == attempted)
                {
                    // Everything failed: the mail server is probably down. Wait longer each time.
                    backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(5) : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
                    LogBackoff(logger, backoff.TotalSeconds);
                    await Task.Delay(backoff, clock, stoppingToken);
                    continue;
                }

                backoff = TimeSpan.Zero;
                if (attempted == 0)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sender must outlive any one failure (the database restarting, say): it logs, backs off and retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
                LogPaused(logger, e.GetType().Name, backoff.TotalSeconds);
                await Task.Delay(backoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public override void Dispose()
    {
        _oneBatchAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} could not be mailed (attempt {Attempt}, {Reason})")]
    private static partial void LogFailed(ILogger logger, Guid notificationId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Every notification e-mail in the batch failed; pausing {Seconds} s")]
    private static partial void LogBackoff(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification mailing paused ({Reason}); retrying in {Seconds} s")]
    private static partial void LogPaused(ILogger logger, string reason, double seconds);
}
