using System.Net;
using System.Text.Json;

namespace LabourHub.Web.Tests;

/// <summary>The vacancy search's public contract over HTTP, on the embedded Lucene index the portal builds at start.</summary>
[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Search")]
public sealed class SearchTests(PortalFactory portal)
{
    [Fact]
    public async Task Facets_count_every_match_and_agree_with_the_total()
    {
        using var json = await GetJson("/api/v1/vacancies?facets=province,sector,isco&pageSize=5");

        var total = json.RootElement.GetProperty("total").GetInt64();
        var facets = json.RootElement.GetProperty("facets");
        Assert.Equal("index", json.RootElement.GetProperty("source").GetString());
        Assert.Equal(total, facets.GetProperty("province").EnumerateArray().Sum(f => f.GetProperty("count").GetInt64()));
        Assert.Equal(total, facets.GetProperty("sector").EnumerateArray().Sum(f => f.GetProperty("count").GetInt64()));
        var firstProvince = facets.GetProperty("province")[0];
        Assert.False(string.IsNullOrEmpty(firstProvince.GetProperty("label").GetString()));

        using var narrowed = await GetJson($"/api/v1/vacancies?province={firstProvince.GetProperty("value").GetString()}&pageSize=100");
        Assert.Equal(firstProvince.GetProperty("count").GetInt64(), narrowed.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_radius_search_returns_only_jobs_inside_it_nearest_first()
    {
        // Gaziantep's centre, 200 km.
        using var json = await GetJson("/api/v1/vacancies?lat=37.0662&lon=37.3833&radiusKm=200&sort=distance&pageSize=100");

        var distances = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 200));
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task The_next_cursor_continues_where_the_page_ended()
    {
        using var first = await GetJson("/api/v1/vacancies?sort=newest&pageSize=10");
        var next = first.RootElement.GetProperty("next").GetString();
        using var second = await GetJson("/api/v1/vacancies?sort=newest&pageSize=10&after=" + Uri.EscapeDataString(next!));
        using var byNumber = await GetJson("/api/v1/vacancies?sort=newest&pageSize=10&page=2");

        Assert.Equal(Ids(byNumber), Ids(second));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Fact]
    public async Task Highlights_mark_the_words_and_never_carry_markup_from_the_text()
    {
        using var json = await GetJson("/api/v1/vacancies?q=isci&pageSize=20");

        var highlights = json.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("highlights").EnumerateObject().Select(p => p.Value.GetString()!)).ToList();
        Assert.Contains(highlights, h => h.Contains("<mark>", StringComparison.Ordinal));
        Assert.All(highlights, h => Assert.DoesNotContain("<script", h, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/v1/vacancies?lat=37.06")]
    [InlineData("/api/v1/vacancies?lat=37.06&lon=37.38")]
    [InlineData("/api/v1/vacancies?lat=95&lon=37.38&radiusKm=10")]
    [InlineData("/api/v1/vacancies?lat=37.06&lon=37.38&radiusKm=0")]
    [InlineData("/api/v1/vacancies?lat=37.06&lon=37.38&radiusKm=501")]
    [InlineData("/api/v1/vacancies?sort=distance")]
    [InlineData("/api/v1/vacancies?sort=cheapest")]
    [InlineData("/api/v1/vacancies?facets=nationality")]
    [InlineData("/api/v1/vacancies?page=600&pageSize=20")]
    [InlineData("/api/v1/vacancies?after=not-a-cursor")]
    public async Task Bad_search_parameters_answer_400_with_the_reason(string url)
    {
        var response = await portal.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task The_page_lists_counts_order_and_distance_in_the_reader_language()
    {
        using var client = portal.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr");

        var html = await client.GetStringAsync("/vacancies?q=isci&near=27&radiusKm=250&sort=distance");

        Assert.Contains("Daralt", html, StringComparison.Ordinal);
        Assert.Contains("En yakın", html, StringComparison.Ordinal);
        Assert.Contains("km uzakta", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Arama şu anda daha basit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occupation_autocomplete_answers_from_the_index_even_misspelt()
    {
        // "kesicilr" (a letter dropped from "kesiciler") begins no word of any label: the catalogue's word-prefix fallback finds nothing,
        // only the index's typo tolerance does.
        using var json = await GetJson("/api/v1/reference/occupations?q=kesicilr&culture=tr");

        var codes = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("iscoCode").GetString()).ToList();
        Assert.Contains("7212", codes);
    }

    private static List<string> Ids(JsonDocument json) =>
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await portal.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

/// <summary>
/// The portal configured for an Elasticsearch cluster that does not answer (nothing listens on the port): it must
/// start, say that search is simpler for now, and list vacancies from the database with the same filters and counts.
/// </summary>
[Trait("Capability", "Search")]
public sealed class SearchDegradationTests(SearchDownPortalFactory portal) : IClassFixture<SearchDownPortalFactory>
{
    [Fact]
    public async Task The_api_answers_from_the_database_with_the_same_filters_and_facets()
    {
        var response = await portal.Browser().GetAsync("/api/v1/vacancies?q=isci&facets=province,sector&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("database", json.RootElement.GetProperty("source").GetString());
        var total = json.RootElement.GetProperty("total").GetInt64();
        Assert.True(total > 0);
        Assert.Equal(total, json.RootElement.GetProperty("facets").GetProperty("province").EnumerateArray().Sum(f => f.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task The_page_says_search_is_simpler_for_now_and_still_lists_jobs()
    {
        using var client = portal.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr");

        var html = await client.GetStringAsync("/vacancies?near=27&radiusKm=250");

        Assert.Contains("Arama şu anda daha basit", html, StringComparison.Ordinal);
        Assert.Contains("km uzakta", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_stays_ready_while_search_is_down()
    {
        var ready = await portal.Browser().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}

public sealed class SearchDownPortalFactory : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Search:Provider", "elasticsearch"),
        new("Search:Elasticsearch:Url", "http://127.0.0.1:9"),
        new("Search:Elasticsearch:MaxRetries", "0"),
        new("Search:Elasticsearch:RequestTimeout", "00:00:02"),
    ];
}
