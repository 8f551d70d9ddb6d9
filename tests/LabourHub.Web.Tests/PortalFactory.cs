using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabourHub.Web.Tests;

/// <summary>
/// The real web host on SQLite in a temp data folder, with a small demo population seeded on start.
/// Shared by every test class in the "Portal" collection (one start, about ten seconds).
/// </summary>
public partial class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("labourhub-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("LabourHub:DataFolder", _dataFolder);
        builder.UseSetting("LabourHub:DemoWorkers", "400");
        builder.UseSetting("LabourHub:DemoEmployers", "60");
        builder.UseSetting("LabourHub:DemoVacancies", "150");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings a variant of the portal changes (another search provider, for example).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, sends no culture unless asked.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Reads the antiforgery token out of a page's first form.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
