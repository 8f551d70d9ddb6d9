namespace LabourHub.Infrastructure.Jobs;

/// <summary>Leases on background jobs, kept in the database every instance shares.</summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the job's lease when nobody holds it or the last holder's lease has expired, or renews it when
    /// <paramref name="holder"/> already holds it; in one atomic conditional update.
    /// </summary>
    /// <returns>True when <paramref name="holder"/> now holds the lease until now + <paramref name="duration"/>.</returns>
    Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at shutdown) so another instance can take the job at once; no-op when not held.</summary>
    Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken);
}
