using System.Net;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Web.Tests;

/// <summary>
/// The anonymous search page is kept in memory (PublicCache): served again with an Age header, never for a signed-in
/// person, one copy per language, and dropped as soon as this process's indexer writes vacancy changes.
/// </summary>
[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Infra")]
public sealed class PublicPageCacheTests(PortalFactory portal)
{
    [Fact]
    public async Task An_anonymous_search_is_served_again_from_memory_one_copy_per_language()
    {
        const string url = "/vacancies?q=operat%C3%B6r&sort=newest";
        var first = await Get(url, "tr");
        var again = await Get(url, "tr");
        var arabic = await Get(url, "ar");

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(again.Headers.Contains("Age"), "the second anonymous request came from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await arabic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"tr\" dir=\"ltr\">", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_never_gets_the_cached_page()
    {
        const string url = "/vacancies?q=kaynak&sort=relevance";
        await Get(url, "tr");
        Assert.True((await Get(url, "tr")).Headers.Contains("Age"));

        var browser = portal.Browser();
        var login = await browser.GetStringAsync("/account/login");
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "worker@demo.labourhub.example",
            ["Password"] = "Demo-LabourHub-2026",
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(login),
        }));
        var signedIn = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.False(signedIn.Headers.Contains("Age"));
        Assert.Contains("/account/logout", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await browser.GetAsync(url)).Headers.Contains("Age"), "a signed-in page is not stored either");
    }

    [Fact]
    public async Task Indexed_vacancy_changes_drop_the_cached_pages_at_once()
    {
        const string url = "/vacancies?sort=newest&pageSize=10";
        await Get(url, "en");
        Assert.True((await Get(url, "en")).Headers.Contains("Age"));

        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var vacancy = await db.Vacancies.AsNoTracking().Select(v => v.Id).FirstAsync();
            db.SearchOutbox.Add(SearchOutboxMessage.For(SearchTopics.Vacancy, vacancy.Value, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        // The portal's own indexer may take the message first; either way the cache is dropped once it is processed.
        await portal.Services.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
        for (var i = 0; i < 100 && await PendingAsync() > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, await PendingAsync());
        Assert.False((await Get(url, "en")).Headers.Contains("Age"), "the page was built again after the index changed");
    }

    [Fact]
    public async Task A_request_that_changes_the_language_is_not_stored()
    {
        const string url = "/vacancies?q=temizlik&culture=fa";
        await Get(url, null);

        var again = await Get(url, null);

        Assert.False(again.Headers.Contains("Age"));
        Assert.Contains(again.Headers, h => h.Key == "Set-Cookie");
    }

    private async Task<HttpResponseMessage> Get(string url, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<int> PendingAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().SearchOutbox.CountAsync(m => m.ProcessedAt == null);
    }
}
