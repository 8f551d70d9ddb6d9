using System.Net;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// A portal of its own for retraining: a larger demo population (enough outcomes to learn from), its own data folder
/// and database, and a retraining job that looks for queued runs every second. Its own, so a promoted model never
/// changes what the shared portal's tests see.
/// </summary>
public sealed class RetrainingPortal : IDisposable
{
    private readonly IdentityPortalFactory _base = new();

    public RetrainingPortal()
    {
        DataFolder = Directory.CreateTempSubdirectory("labourhub-models-").FullName;
        Factory = _base.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("LabourHub:DataFolder", DataFolder);
            builder.UseSetting("LabourHub:DemoWorkers", "1500");
            builder.UseSetting("LabourHub:DemoEmployers", "150");
            builder.UseSetting("LabourHub:DemoVacancies", "300");
            builder.UseSetting("Matching:RetrainingPollInterval", "00:00:01");
        });
    }

    public string DataFolder { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new staff account of the role on this portal, signed in with its second factor.</summary>
    public async Task<HttpClient> StaffAsync(string role)
    {
        const string password = "ranking people fairly";
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var browser = Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }

    public void Dispose()
    {
        Factory.Dispose();
        _base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }
}
