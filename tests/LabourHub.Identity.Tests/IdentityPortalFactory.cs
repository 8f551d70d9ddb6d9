using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>The portal with its identity server, on SQLite in a temp data folder, demo accounts and clients seeded.</summary>
public sealed partial class IdentityPortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("labourhub-identity-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("LabourHub:DataFolder", _dataFolder);
        builder.UseSetting("LabourHub:DemoWorkers", "50");
        builder.UseSetting("LabourHub:DemoEmployers", "10");
        builder.UseSetting("LabourHub:DemoVacancies", "20");
        builder.UseSetting("Identity:AllowHttp", "true");
        builder.UseSetting("Identity:AccountAttemptsPerMinute", "10000");
        builder.UseSetting("Stripe:SecretKey", FakeStripeApi.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", FakeStripeApi.WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", FakeStripeApi.Shared.BaseUrl);
        builder.ConfigureTestServices(services => services.AddSingleton<LabourHub.Application.Privacy.EraseMyData.IErasureListener>(ErasureListener));
    }

    public RecordingErasureListener ErasureListener { get; } = new();

    /// <summary>Where the portal drops outgoing e-mail (no SMTP server configured).</summary>
    public string MailFolder => Path.Combine(_dataFolder, "mail");

    /// <summary>Every message in the pickup folder: headers as written and the Base64 body decoded.</summary>
    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Select(DecodeMail).ToList() : [];

    private static string DecodeMail(string path)
    {
        var raw = File.ReadAllText(path);
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(raw[(split + 4)..].Split("\r\n")).Trim()));
        return raw[..split] + "\n\n" + body;
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");

    /// <summary>Posts the sign-in form as a browser would; returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string login, string password, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync("/account/login");
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "/",
            ["__RequestVerificationToken"] = Token(page),
        }));
    }

    /// <summary>
    /// Follows the password link in an e-mail (reset or invitation) and chooses <paramref name="password"/>, as the
    /// person would in their browser. Returns the answer to the form.
    /// </summary>
    public static async Task<HttpResponseMessage> ChoosePasswordFromMailAsync(HttpClient browser, string mail, string password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync(new Uri(MailLinkPattern().Match(mail).Value).PathAndQuery);
        var hidden = HiddenPattern().Matches(page).DistinctBy(m => m.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return await browser.PostAsync("/account/reset", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = hidden["UserId"],
            ["Token"] = hidden["Token"],
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = Token(page),
        }));
    }

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
                // Left for the OS.
            }
        }
    }

    [GeneratedRegex(@"https?://\S+/account/\S+")]
    private static partial Regex MailLinkPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(UserId|Token)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
