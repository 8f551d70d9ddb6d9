using System.ComponentModel.DataAnnotations;

namespace LabourHub.Infrastructure.Configuration;

/// <summary>The "LabourHub" configuration section.</summary>
public sealed class LabourHubOptions
{
    public const string SectionName = "LabourHub";

    /// <summary>One folder for the SQLite database, search index, models and uploaded files.</summary>
    [Required]
    public string DataFolder { get; set; } = DefaultDataFolder();

    /// <summary>"all" (default: portal and background jobs), "web" (portal only) or "worker" (jobs and /health/* only); see <see cref="HostRole"/>.</summary>
    public string Role { get; set; } = HostRole.All;

    /// <summary>Seed the believable demo population on first start (switch off in production).</summary>
    public bool SeedDemoData { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int DemoSeed { get; set; } = 20261127;

    [Range(0, 100_000)]
    public int DemoWorkers { get; set; } = 2000;

    [Range(0, 20_000)]
    public int DemoEmployers { get; set; } = 300;

    [Range(0, 50_000)]
    public int DemoVacancies { get; set; } = 600;

    public static string DefaultDataFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "LabourHub");
}
