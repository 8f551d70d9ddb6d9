using LabourHub.Search.Contract;

namespace LabourHub.Search.Tests.Contract;

/// <summary>
/// What every provider must do, written once. Lucene runs it always; Elasticsearch runs it when a cluster is configured.
/// Each test writes its own documents into a fresh engine.
/// </summary>
[Trait("Capability", "Search")]
public abstract class SearchContractTests
{
    protected static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    // Gaziantep centre and points due north of it at known distances.
    protected static readonly GeoPoint Gaziantep = new(37.0662, 37.3833);

    protected abstract Task<ISearchEngine> CreateEngineAsync();

    protected static SearchDocument Vacancy(string id, string title, string language = "tr", string province = "27", string sector = "C", string isco = "7212", int daysAgo = 0, GeoPoint? at = null, string? body = null) => new()
    {
        Id = id,
        Texts = body is null ? [new SearchText("title", title, language)] : [new SearchText("title", title, language), new SearchText("body", body, language)],
        Keywords = new Dictionary<string, IReadOnlyList<string>>
        {
            ["province"] = [province],
            ["sector"] = [sector],
            ["isco"] = [isco],
        },
        Date = Day.AddDays(-daysAgo),
        Location = at ?? Gaziantep,
    };

    protected static GeoPoint NorthOf(GeoPoint origin, double km) => new(origin.Latitude + (km / (6371.0088 * Math.PI / 180)), origin.Longitude);

    protected static async Task<ISearchEngine> With(ISearchEngine engine, string index, params SearchDocument[] documents)
    {
        await engine.IndexAsync(index, documents, CancellationToken.None);
        return engine;
    }

    protected static async Task<List<string>> Ids(ISearchEngine engine, SearchRequest request) =>
        (await engine.SearchAsync(request, CancellationToken.None)).Hits.Select(h => h.Id).ToList();

    [SkippableTheory]
    [InlineData("kaynakçı")]
    [InlineData("kaynakci")]
    [InlineData("KAYNAKÇI")]
    [InlineData("Kaynakcı")]
    public async Task Turkish_text_is_found_with_or_without_Turkish_letters_and_in_any_case(string query)
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "Kaynakçı (gazaltı)"), Vacancy("v2", "Aşçı yardımcısı"), Vacancy("v3", "Forklift operatörü"));

        var ids = await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = query });

        Assert.Equal(["v1"], ids);
    }

    [SkippableFact]
    public async Task Dotted_and_dotless_i_fold_together()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "İnşaat işçisi", province: "34"), Vacancy("v2", "Tekstil makinecisi"));

        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "insaat iscisi" }));
        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "İNŞAAT" }));
    }

    [SkippableFact]
    public async Task A_misspelt_word_still_finds_the_job()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "Elektrikçi"), Vacancy("v2", "Garson"), Vacancy("v3", "Boyacı"));

        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "elektirikci" }));
        Assert.Equal(["v2"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "garsn" }));
    }

    [SkippableFact]
    public async Task Turkish_inflections_find_the_base_word()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "Deneyimli kaynakçı aranıyor"), Vacancy("v2", "Temizlik görevlisi"));

        // "kaynakcilar" is three edits from "kaynakci": only the Turkish stemmer can join them.
        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakçılar", Language = "tr" }));
    }

    [SkippableFact]
    public async Task A_word_typed_without_Turkish_letters_finds_its_inflected_forms()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "Tarım işçisi"), Vacancy("v2", "Depo işçileri aranıyor"), Vacancy("v3", "Garson"));

        var ids = await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "isci" });

        Assert.Equal(["v1", "v2"], ids.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Arabic_text_is_found_with_letter_variants_and_the_definite_article()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "عامل لحام في مصنع", language: "ar"), Vacancy("v2", "طباخ مساعد", language: "ar"), Vacancy("v3", "Kaynakçı"));

        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "لحام", Language = "ar" }));
        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "اللحام", Language = "ar" }));
        Assert.Equal(["v2"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "الطباخ", Language = "ar" }));
    }

    [SkippableFact]
    public async Task Persian_and_English_texts_are_searchable()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "جوشکار ماهر", language: "fa"), Vacancy("v2", "Experienced welders wanted", language: "en"));

        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "جوشکار" }));
        Assert.Equal(["v2"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "welder", Language = "en" }));
    }

    [SkippableFact]
    public async Task Filters_combine_and_facets_count_every_match_not_just_the_page()
    {
        var documents = Enumerable.Range(0, 30).Select(i => Vacancy(
            $"v{i:00}",
            i % 3 == 0 ? "Kaynakçı" : "Kaynakçı yardımcısı",
            province: i % 2 == 0 ? "27" : "16",
            sector: i % 5 == 0 ? "F" : "C",
            isco: i % 4 == 0 ? "9329" : "7212")).ToArray();
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies, documents);

        var result = await engine.SearchAsync(new SearchRequest
        {
            Index = SearchIndexes.Vacancies,
            Text = "kaynakci",
            Filters = [new KeywordFilter("sector", "C")],
            Prefixes = [new PrefixFilter("isco", "72")],
            Facets = ["province", "sector", "isco"],
            PageSize = 5,
        }, CancellationToken.None);

        var expected = documents.Where(d => d.KeywordValues("sector")[0] == "C" && d.KeywordValues("isco")[0].StartsWith("72", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, result.Total);
        Assert.Equal(5, result.Hits.Count);
        var provinces = result.Facets["province"].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(expected.Count(d => d.KeywordValues("province")[0] == "27"), provinces["27"]);
        Assert.Equal(expected.Count(d => d.KeywordValues("province")[0] == "16"), provinces["16"]);
        Assert.Equal([new FacetCount("C", expected.Count)], result.Facets["sector"]);
        Assert.Equal([new FacetCount("7212", expected.Count)], result.Facets["isco"]);
    }

    [SkippableFact]
    public async Task Filter_values_are_or_ed_within_a_field()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("a", "Garson", province: "27"), Vacancy("b", "Garson", province: "16"), Vacancy("c", "Garson", province: "34"));

        var ids = await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Filters = [new KeywordFilter("province", ["27", "34"])] });

        Assert.Equal(["a", "c"], ids.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task The_geo_radius_is_exact_at_the_boundary_and_distance_sort_orders_nearest_first()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("at-9.9", "Garson", at: NorthOf(Gaziantep, 9.9)),
            Vacancy("at-10.1", "Garson", at: NorthOf(Gaziantep, 10.1)),
            Vacancy("at-3", "Garson", at: NorthOf(Gaziantep, 3)),
            Vacancy("far", "Garson", at: new GeoPoint(41.0082, 28.9784)));

        var result = await engine.SearchAsync(new SearchRequest
        {
            Index = SearchIndexes.Vacancies,
            Near = new GeoRadius(Gaziantep, 10),
            Sort = SearchSort.Distance,
        }, CancellationToken.None);

        Assert.Equal(["at-3", "at-9.9"], result.Hits.Select(h => h.Id));
        Assert.Equal(2, result.Total);
        Assert.Equal(3, result.Hits[0].DistanceKm!.Value, 1);
        Assert.Equal(9.9, result.Hits[1].DistanceKm!.Value, 1);
    }

    [SkippableFact]
    public async Task Newest_first_and_since_use_the_document_date()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("old", "Garson", daysAgo: 20), Vacancy("new", "Garson", daysAgo: 1), Vacancy("mid", "Garson", daysAgo: 5));

        Assert.Equal(["new", "mid", "old"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Sort = SearchSort.Newest }));
        Assert.Equal(["new", "mid"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Sort = SearchSort.Newest, Since = Day.AddDays(-7) }));
    }

    [SkippableTheory]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Relevance)]
    public async Task Cursor_paging_visits_every_match_exactly_once_and_agrees_with_page_numbers(SearchSort sort)
    {
        var documents = Enumerable.Range(0, 57).Select(i => Vacancy($"v{i:00}", i % 2 == 0 ? "Garson" : "Garson komi", daysAgo: i % 7)).ToArray();
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies, documents);
        var request = new SearchRequest { Index = SearchIndexes.Vacancies, Text = "garson", Sort = sort, PageSize = 10 };

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await engine.SearchAsync(request with { After = after }, CancellationToken.None);
            seen.AddRange(page.Hits.Select(h => h.Id));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(57, seen.Count);
        Assert.Equal(57, seen.Distinct().Count());
        var third = await Ids(engine, request with { Page = 3 });
        Assert.Equal(seen.Skip(20).Take(10), third);
    }

    [SkippableFact]
    public async Task A_restricted_index_refuses_a_query_without_access_tags_and_counts_only_what_the_caller_may_see()
    {
        var engine = await CreateEngineAsync();
        await engine.IndexAsync(SearchIndexes.Candidates,
        [
            Candidate("w1", "Kaynakçı", "discoverable"),
            Candidate("w2", "Kaynakçı", "employer:A"),
            Candidate("w3", "Kaynakçı", "employer:B"),
            Candidate("w4", "Kaynakçı", "employer:A", "employer:B"),
        ], CancellationToken.None);

        await Assert.ThrowsAsync<InvalidSearchRequestException>(() =>
            engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Text = "kaynakci" }, CancellationToken.None));

        var forA = await engine.SearchAsync(new SearchRequest
        {
            Index = SearchIndexes.Candidates,
            Text = "kaynakci",
            Access = ["discoverable", "employer:A"],
            Facets = ["province"],
        }, CancellationToken.None);
        Assert.Equal(["w1", "w2", "w4"], forA.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, forA.Total);
        Assert.Equal(3, forA.Facets["province"].Single().Count);

        var nobody = await engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Access = [] }, CancellationToken.None);
        Assert.Equal(0, nobody.Total);
    }

    [SkippableFact]
    public async Task Highlights_mark_the_matching_words_and_escape_markup()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies,
            Vacancy("v1", "Kaynakçı <script>alert(1)</script>", body: "Gaziantep'te deneyimli kaynakçı aranıyor."));

        var hit = (await engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "kaynakci", Highlight = true }, CancellationToken.None)).Hits.Single();

        Assert.Contains("<mark>Kaynakçı</mark>", hit.Highlights["title"], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Highlights["title"], StringComparison.Ordinal);
        Assert.Contains("<mark>kaynakçı</mark>", hit.Highlights["body"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Indexing_again_replaces_the_document_delete_removes_it_and_reset_empties_the_index()
    {
        var engine = await With(await CreateEngineAsync(), SearchIndexes.Vacancies, Vacancy("v1", "Garson"), Vacancy("v2", "Aşçı"));
        await engine.IndexAsync(SearchIndexes.Vacancies, [Vacancy("v1", "Bulaşıkçı")], CancellationToken.None);

        Assert.Empty(await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "garson" }));
        Assert.Equal(["v1"], await Ids(engine, new SearchRequest { Index = SearchIndexes.Vacancies, Text = "bulasikci" }));
        Assert.Equal(2, await engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));

        await engine.DeleteAsync(SearchIndexes.Vacancies, ["v1"], CancellationToken.None);
        Assert.Equal(1, await engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));

        await engine.ResetAsync(SearchIndexes.Vacancies, CancellationToken.None);
        Assert.Equal(0, await engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Occupation_suggestions_complete_a_prefix_without_Turkish_letters_and_answer_in_the_reader_language()
    {
        var engine = await CreateEngineAsync();
        await engine.IndexAsync(SearchIndexes.Occupations,
        [
            Occupation("isco:7212", ("Kaynakçılar ve oksijen kesimcileri", "tr"), ("عمال اللحام والقطع باللهب", "ar"), ("Welders and flamecutters", "en")),
            Occupation("isco:5120", ("Aşçılar", "tr"), ("الطهاة", "ar"), ("Cooks", "en")),
        ], CancellationToken.None);

        var turkish = await engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "kayn", Language = "tr" }, CancellationToken.None);
        var arabic = await engine.SuggestAsync(new SuggestRequest { Index = SearchIndexes.Occupations, Prefix = "weld", Language = "ar" }, CancellationToken.None);

        Assert.Equal("isco:7212", Assert.Single(turkish).Id);
        Assert.Equal("Kaynakçılar ve oksijen kesimcileri", turkish[0].Label);
        Assert.Equal("عمال اللحام والقطع باللهب", Assert.Single(arabic).Label);
        Assert.Equal(["7212"], turkish[0].Keywords["code"]);
    }

    [SkippableFact]
    public async Task Invalid_requests_are_refused_with_a_reason()
    {
        var engine = await CreateEngineAsync();

        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => engine.SearchAsync(new SearchRequest { Index = "nope" }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Sort = SearchSort.Distance }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, PageSize = 101 }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Page = 1001, PageSize = 20 }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidSearchRequestException>(() => engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, After = "not-a-cursor" }, CancellationToken.None));
    }

    protected static SearchDocument Candidate(string id, string occupation, params string[] access) => new()
    {
        Id = id,
        Texts = [new SearchText("occupation", occupation, "tr")],
        Keywords = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["27"], [SearchIndexes.AccessField] = access },
        Date = Day,
        Location = Gaziantep,
    };

    protected static SearchDocument Occupation(string id, params (string Label, string Language)[] labels) => new()
    {
        Id = id,
        Texts = labels.Select(l => new SearchText("label", l.Label, l.Language)).ToList(),
        Keywords = new Dictionary<string, IReadOnlyList<string>> { ["code"] = [id.Split(':')[1]], ["kind"] = [id.Split(':')[0]] },
    };
}
