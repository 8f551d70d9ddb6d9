using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Jobs;

/// <summary>
/// This process's side of the job leases: its holder id, and for each job whether it holds the lease and when to renew
/// it. A background loop asks <see cref="HoldAsync"/> before each round of work and waits <see cref="RetryInterval"/>
/// when another instance holds the job; at shutdown it releases the lease.
/// </summary>
public sealed partial class JobLeases(ILeaseStore store, IOptions<JobLeaseOptions> options, TimeProvider clock, ILogger<JobLeases> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _renewDue = new(StringComparer.Ordinal);

    /// <summary>This instance: host name, process id and a random suffix (two hosts in one process differ).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public TimeSpan Duration => options.Value.LeaseDuration;

    /// <summary>How long an instance that does not hold a job waits before asking again.</summary>
    public TimeSpan RetryInterval => options.Value.LeaseDuration / 3;

    /// <summary>True when this instance holds the job's lease (taking or renewing it when due).</summary>
    public async Task<bool> HoldAsync(string job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_renewDue.TryGetValue(job, out var due) && now < due)
        {
            return true;
        }

        var held = await store.TryAcquireAsync(job, Holder, Duration, cancellationToken);
        if (held)
        {
            if (!_renewDue.ContainsKey(job))
            {
                LogAcquired(logger, job, Holder);
            }

            _renewDue[job] = now + Duration / 3;
        }
        else if (_renewDue.TryRemove(job, out _))
        {
            LogLost(logger, job, Holder);
        }

        return held;
    }

    /// <summary>Releases the job's lease if this instance holds it; never throws (called while stopping).</summary>
    public async Task ReleaseAsync(string job)
    {
        if (!_renewDue.TryRemove(job, out _))
        {
            return;
        }

        try
        {
            await store.ReleaseAsync(job, Holder, CancellationToken.None);
        }
#pragma warning disable CA1031 // Stopping must not fail because the database is gone: the lease then simply expires.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogReleaseFailed(logger, job, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} lease taken by {Holder}")]
    private static partial void LogAcquired(ILogger logger, string job, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} lease lost by {Holder}; another instance runs it")]
    private static partial void LogLost(ILogger logger, string job, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} lease could not be released ({Reason}); it will expire")]
    private static partial void LogReleaseFailed(ILogger logger, string job, string reason);
}
