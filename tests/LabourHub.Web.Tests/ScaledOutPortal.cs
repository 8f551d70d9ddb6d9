using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabourHub.Web.Tests;

/// <summary>
/// One LabourHub process of a scaled-out deployment: its own data folder (so nothing is shared through files) and a
/// role, on a database given by connection string (so several instances can share one).
/// </summary>
public sealed class ScaledOutPortal(string role, string databaseFile, bool seed) : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("labourhub-scaled-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("LabourHub:Role", role);
        builder.UseSetting("LabourHub:DataFolder", _dataFolder);
        builder.UseSetting("LabourHub:SeedDemoData", seed ? "true" : "false");
        builder.UseSetting("LabourHub:DemoWorkers", "30");
        builder.UseSetting("LabourHub:DemoEmployers", "6");
        builder.UseSetting("LabourHub:DemoVacancies", "12");
        builder.UseSetting("Identity:AccountAttemptsPerMinute", "10000");
        builder.UseSetting("Database:ConnectionString", $"Data Source={databaseFile};Pooling=True;Default Timeout=30");
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
