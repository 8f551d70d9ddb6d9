using System.ComponentModel.DataAnnotations;

namespace LabourHub.Infrastructure.Jobs;

/// <summary>The "Jobs" configuration section: how long a background job's lease lasts between renewals.</summary>
public sealed class JobLeaseOptions
{
    public const string SectionName = "Jobs";

    /// <summary>
    /// A holder renews after a third of this; another instance takes over a job at most this long after its holder
    /// died (a holder that stops cleanly releases at once).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
