namespace LabourHub.Infrastructure.Jobs;

/// <summary>
/// One row per background job: which process runs it and until when. A worker instance runs a job only while it holds
/// the job's lease, so two workers never index, mail or prune at the same time; a lease that is not renewed expires and
/// another instance takes the job over.
/// </summary>
public sealed class JobLease
{
    public JobLease(string name, string holder, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; }

    /// <summary>The holder's instance id (host name, process id and a random suffix): no personal data.</summary>
    public string Holder { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
