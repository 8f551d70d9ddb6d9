using System.Net;
using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourHub.Web.Tests;

/// <summary>
/// Several LabourHub processes on one database, as compose.yaml and the Kubernetes manifests run them: web replicas
/// share data-protection keys through the database, the worker role serves probes only, and jobs run under leases.
/// </summary>
[Trait("Capability", "Infra")]
public sealed class ScaledOutDeploymentTests : IClassFixture<ScaledOutDeploymentTests.Deployment>
{
    private const string Password = "Demo-LabourHub-2026";
    private const string DemoWorker = "worker@demo.labourhub.example";
    private readonly Deployment _deployment;

    public ScaledOutDeploymentTests(Deployment deployment) => _deployment = deployment;

    [Fact]
    public async Task AuthCookie_IssuedByOneWebInstance_IsAcceptedByAnotherOnTheSameDatabase()
    {
        var cookie = await _deployment.SignInOnFirstAsync();

        var other = _deployment.SecondWeb.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Cookie", cookie);
        var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Worker", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCookie_OnAnInstanceWithAnotherDatabase_IsRefused()
    {
        var cookie = await _deployment.SignInOnFirstAsync();
        var databaseFile = Path.Combine(_deployment.Folder, "elsewhere.db");
        await using var elsewhere = new ScaledOutPortal("web", databaseFile, seed: false);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Cookie", cookie);
        var response = await elsewhere.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AntiforgeryToken_IssuedByOneWebInstance_IsAcceptedByAnother()
    {
        var first = _deployment.First.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var form = await first.GetAsync("/account/login");
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = PortalFactory.AntiforgeryToken(await form.Content.ReadAsStringAsync());

        // The first instance's form posted to the second: signed in (302), not refused as a forgery (400).
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Login"] = DemoWorker,
                ["Password"] = Password,
                ["ReturnUrl"] = "/",
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var response = await _deployment.SecondWeb.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(post);

        Assert.Contains("lh.af=", cookies, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public void WebRole_RunsNoBackgroundJobs_AllRoleRunsThem()
    {
        Assert.Empty(Jobs(_deployment.SecondWeb));
        Assert.Equal(["NotificationMailSender", "SearchIndexer", "TokenPruningService"], Jobs(_deployment.First));
    }

    [Fact]
    public async Task WorkerRole_AnswersProbesOnly_AndWaitsForTheJobLeaseTheFirstInstanceHolds()
    {
        var databaseFile = _deployment.DatabaseFile;
        await using var worker = new ScaledOutPortal("worker", databaseFile, seed: false);
        var browser = worker.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/vacancies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/login")).StatusCode);
        Assert.Equal(["NotificationMailSender", "SearchIndexer", "TokenPruningService"], Jobs(worker));

        var first = _deployment.First.Services.GetRequiredService<JobLeases>().Holder;
        var lease = await LeaseAsync(JobNames.SearchIndexer);
        Assert.Equal(first, lease.Holder);
        Assert.NotEqual(first, worker.Services.GetRequiredService<JobLeases>().Holder);
    }

    private async Task<JobLease> LeaseAsync(string job)
    {
        // The first instance's indexer takes its lease on its first round, within moments of the start.
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = _deployment.First.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            if (await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job) is { } lease)
            {
                return lease;
            }

            Assert.True(attempt < 100, $"No {job} lease was taken.");
            await Task.Delay(100);
        }
    }

    private static List<string> Jobs(ScaledOutPortal portal) =>
        portal.Services.GetServices<IHostedService>()
            .Select(s => s.GetType().Name)
            .Where(n => n is "SearchIndexer" or "NotificationMailSender" or "TokenPruningService")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>An "all" instance that creates and seeds the database, and a "web" replica on the same database.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("labourhub-deployment-").FullName;

        public string DatabaseFile => Path.Combine(Folder, "shared.db");

        public ScaledOutPortal First { get; private set; } = null!;

        public ScaledOutPortal SecondWeb { get; private set; } = null!;

        public Task InitializeAsync()
        {
            First = new ScaledOutPortal("all", DatabaseFile, seed: true);
            _ = First.Services; // starts it: migrations, reference data, demo accounts
            SecondWeb = new ScaledOutPortal("web", DatabaseFile, seed: true);
            _ = SecondWeb.Services;
            return Task.CompletedTask;
        }

        /// <summary>Signs the demo worker in on the first instance; returns the Cookie header it set.</summary>
        public async Task<string> SignInOnFirstAsync()
        {
            var browser = First.Browser();
            var page = await browser.GetStringAsync("/account/login");
            var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Login"] = DemoWorker,
                ["Password"] = Password,
                ["ReturnUrl"] = "/",
                ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(page),
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lh.auth=", StringComparison.Ordinal));
            return auth.Split(';')[0];
        }

        public async Task DisposeAsync()
        {
            await SecondWeb.DisposeAsync();
            await First.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
