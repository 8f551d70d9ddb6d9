using System.ComponentModel.DataAnnotations;

namespace LabourHub.Infrastructure.Notifications;

/// <summary>The "Notifications" configuration section: the e-mail copies of in-app notifications.</summary>
public sealed class NotificationMailOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Run the mail sender in this process (switch off on replicas when one process sends).</summary>
    public bool RunMailSender { get; set; } = true;

    /// <summary>How often the sender looks for unsent notifications when it found none last time.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>The portal's public address, for the links in e-mails (no request to take it from in the background).</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5000/");
}
