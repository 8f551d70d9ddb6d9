namespace LabourHub.Infrastructure.Configuration;

/// <summary>
/// What one LabourHub process does (LabourHub:Role, or the command-line switch --role): "all" serves the portal and
/// runs the background jobs (one machine, the default); "web" serves the portal only; "worker" runs the background jobs
/// and answers /health/* only.
/// </summary>
public static class HostRole
{
    public const string All = "all";
    public const string Web = "web";
    public const string Worker = "worker";

    public static readonly IReadOnlyList<string> Known = [All, Web, Worker];

    public static bool ServesPortal(string role) => !string.Equals(role, Worker, StringComparison.OrdinalIgnoreCase);

    public static bool RunsJobs(string role) => !string.Equals(role, Web, StringComparison.OrdinalIgnoreCase);
}
