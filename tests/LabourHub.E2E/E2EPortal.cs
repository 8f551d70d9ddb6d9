using System.Globalization;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using LabourHub.Identity.Tests;
using Microsoft.Playwright;

namespace LabourHub.E2E;

/// <summary>
/// The real portal on a loopback Kestrel port (SQLite, Lucene, demo data, Stripe pointed at the loopback fake) and one
/// headless Debian Chromium for every journey. Screenshots go to TestResults/e2e-screenshots.
/// </summary>
public sealed class E2EPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("labourhub-e2e-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// False on a machine without Debian's Chromium: the journeys then skip and say why (`apt-get install chromium`).
    /// In CI (CI=true) a missing browser is a failure, never a skip.
    /// </summary>
    public static bool BrowserInstalled { get; } = File.Exists(ChromiumPath);

    public static void SkipWithoutBrowser()
    {
        if (!BrowserInstalled && Environment.GetEnvironmentVariable("CI") is "true" or "1")
        {
            throw new InvalidOperationException($"CI must install Chromium at {ChromiumPath} (apt-get install chromium).");
        }

        Skip.IfNot(BrowserInstalled, $"No browser at {ChromiumPath}: install Debian's Chromium (apt-get install chromium) to run the end-to-end tests.");
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e-screenshots");

    public async Task InitializeAsync()
    {
        if (!BrowserInstalled)
        {
            return;
        }

        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("LabourHub:DataFolder", _dataFolder);
        builder.UseSetting("LabourHub:DemoWorkers", "60");
        builder.UseSetting("LabourHub:DemoEmployers", "12");
        builder.UseSetting("LabourHub:DemoVacancies", "30");
        builder.UseSetting("Identity:AllowHttp", "true");
        builder.UseSetting("Identity:AccountAttemptsPerMinute", "10000");
        builder.UseSetting("Stripe:SecretKey", FakeStripeApi.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", FakeStripeApi.WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", FakeStripeApi.Shared.BaseUrl);
    }

    /// <summary>A browser context as on a phone (390x844) or a laptop (1280x800), optionally without JavaScript.</summary>
    public async Task<IPage> PageAsync(bool phone = true, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            JavaScriptEnabled = javaScript,
            Locale = "tr-TR",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });
    }

    /// <summary>A verified business (40 Turkish employees, Gaziantep, manufacturing) and its owner with an authenticator.</summary>
    public async Task<(string Login, string Password, string TotpKey, EmployerId Employer)> BusinessOwnerAsync()
    {
        const string password = "hiring people the legal way";
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"isveren-{Guid.NewGuid():N}@example.org", PreferredCulture = "tr" };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            throw new InvalidOperationException("Could not create the owner.");
        }

        await users.AddToRoleAsync(user, Roles.EmployerOwner);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture)));
        var vkn = TaxNumber.Create(nine + TaxNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture)).Value;
        var employer = Employer.Register(vkn, "Şahinbey Metal Sanayi", "25.11", "C", 27, null, 40, 0, user.Id, DateTimeOffset.UtcNow).Value;
        employer.MarkVerified();
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return (user.UserName, password, key, employer.Id);
    }

    /// <summary>
    /// Active placements (registered employment) of other businesses' hires, straight into the database through the
    /// domain's own steps: background data so that a report figure crosses the suppression threshold.
    /// </summary>
    public async Task PlantActivePlacementsAsync(int count)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var rules = new Domain.Workflow.PlacementRules
        {
            Eligibility = new Domain.Eligibility.EligibilityDecision(Domain.Eligibility.EligibilityStatus.EligibleNow, null, [], []),
            MinimumWage = Domain.Reference.MinimumWage.InForce(db.MinimumWages.ToList(), today),
        };
        var taken = db.Applications.Select(a => new { a.VacancyId, a.WorkerId }).ToList();
        var pairs = (from v in db.Vacancies.Select(v => new { v.Id, v.EmployerId }).Take(30).ToList()
                     from w in db.Workers.Select(w => w.Id).Take(40).ToList()
                     where !taken.Any(t => t.VacancyId == v.Id && t.WorkerId == w)
                     select (Vacancy: v, Worker: w)).Take(count).ToList();
        foreach (var (vacancy, worker) in pairs)
        {
            var application = Domain.Applications.JobApplication.Submit(vacancy.Id, worker, DateTimeOffset.UtcNow);
            db.Applications.Add(application);
            var terms = new Domain.Workflow.PlacementTerms { PositionTitle = "Operatör", Wage = Money.FromKurus(4_000_000), StartDate = today.AddDays(1), OfferValidUntil = today };
            var placement = Domain.Workflow.Placement.Offer(application.Id, vacancy.Id, vacancy.EmployerId, worker, "8189", 27, false, terms, rules, today).Value.Placement;
            placement.Accept(today);
            placement.SignAsWorker(rules, today);
            placement.SignAsEmployer("owner", true, rules, today);
            placement.FilePermit("EIZ-1", Domain.Workflow.Placement.PermitChecklist, rules, today);
            placement.RecordPermitGranted(today, today.AddDays(365), today);
            placement.FileSgkNotice("SGK-1", today, today);
            placement.Activate(today.AddDays(1));
            db.Placements.Add(placement);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A staff account of the role with an authenticator.</summary>
    public async Task<(string Login, string Password, string TotpKey)> StaffAsync(string role)
    {
        const string password = "helping people every day";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org" };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            throw new InvalidOperationException("Could not create the staff account.");
        }

        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (user.UserName, password, (await users.GetAuthenticatorKeyAsync(user))!);
    }
}

[CollectionDefinition(Name)]
public sealed class E2ETestGroup : ICollectionFixture<E2EPortal>
{
    public const string Name = "E2E portal";
}
