using LabourHub.Application.Privacy.EraseMyData;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Infrastructure.Search;
using LabourHub.Search.Contract;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Tests;

/// <summary>
/// The search pipeline on a real database and the real Lucene index: the outbox written with each change, the
/// indexer surviving a failure mid-batch, erasure, the rebuild, relevance on demo data and the database fallback.
/// </summary>
[Trait("Capability", "Search")]
public abstract class SearchPipelineTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private TestDatabase? _database;

    private TestDatabase Db
    {
        get
        {
            Skip.If(_database is null, TestDatabase.SkipReason);
            return _database!;
        }
    }

    private ISearchEngine Engine => Db.Services.GetRequiredService<ISearchEngine>();

    public async Task InitializeAsync()
    {
        _database = TestDatabase.TryCreate(provider);
        if (_database is not null)
        {
            await _database.InitialiseAsync();
            await _database.Services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync(null, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_change_and_its_outbox_message_commit_together_and_a_failed_save_writes_neither()
    {
        var id = await PostVacancyAsync("Forklift operatörü");
        await using (var db = Db.NewContext())
        {
            Assert.Equal(1, await db.SearchOutbox.CountAsync(m => m.EntityId == id.ToString("D") && m.Topic == SearchTopics.Vacancy && m.ProcessedAt == null));
        }

        var before = await OutboxCountAsync();
        await using (var db = Db.NewContext())
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == new Domain.Identifiers.VacancyId(id));
            vacancy.Close();
            db.Add(new Province { Code = 1, Name = "duplicate key", Latitude = 0, Longitude = 0 });
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await OutboxCountAsync());
    }

    [SkippableFact]
    public async Task After_the_indexer_fails_mid_batch_a_restart_indexes_every_committed_change_exactly_once_and_no_erased_worker_remains()
    {
        var erased = await EraseADiscoverableWorkerAsync(engineDown: true);
        var posted = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            posted.Add(await PostVacancyAsync($"Seracılık işçisi {i}"));
        }

        var failing = new FailingEngine(Engine, failAfterDocuments: 3);
        var crashed = Indexer(failing);
        await Assert.ThrowsAsync<SearchUnavailableException>(() => crashed.ProcessBatchAsync(CancellationToken.None));
        Assert.True(failing.Indexed is > 0 and < 6, "the failure came part-way through the batch");
        await using (var db = Db.NewContext())
        {
            Assert.True(await db.SearchOutbox.AnyAsync(m => m.ProcessedAt == null), "nothing was marked processed");
        }

        var restarted = Indexer(Engine);
        Assert.True(await restarted.DrainAsync(CancellationToken.None) > 0);

        foreach (var id in posted)
        {
            var hits = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "seracilik", PageSize = 100 }, CancellationToken.None);
            Assert.Single(hits.Hits, h => h.Id == id.ToString("D"));
        }

        await using var check = Db.NewContext();
        Assert.Equal(await check.Vacancies.CountAsync(v => v.Status == VacancyStatus.Open), await Engine.CountAsync(SearchIndexes.Vacancies, CancellationToken.None));
        Assert.False(await check.SearchOutbox.AnyAsync(m => m.ProcessedAt == null));
        var candidates = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Access = [SearchDocumentFactory.Discoverable], PageSize = 100, Filters = [new KeywordFilter("province", erased.Province)] }, CancellationToken.None);
        Assert.DoesNotContain(candidates.Hits, h => h.Id == erased.Id.ToString("D"));
    }

    [SkippableFact]
    public async Task Closing_a_vacancy_removes_it_from_the_index_once_the_indexer_runs()
    {
        var id = await PostVacancyAsync("Lunapark mekanik bakımcısı");
        await Indexer(Engine).DrainAsync(CancellationToken.None);
        Assert.Equal(1, (await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "lunapark bakimcisi" }, CancellationToken.None)).Total);

        await using (var db = Db.NewContext())
        {
            (await db.Vacancies.SingleAsync(v => v.Id == new Domain.Identifiers.VacancyId(id))).Close();
            await db.SaveChangesAsync();
        }

        await Indexer(Engine).DrainAsync(CancellationToken.None);
        Assert.Equal(0, (await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "lunapark bakimcisi" }, CancellationToken.None)).Total);
    }

    [SkippableFact]
    public async Task A_vacancy_whose_closing_date_passed_leaves_the_index_after_the_daily_sweep()
    {
        // Posted ten days ago, closing five days ago: still "open" in its row, but no longer open on any day since.
        var now = TimeProvider.System.GetUtcNow();
        var id = await PostVacancyAsync("Dönerci ustası aranıyor", closesOn: DateOnly.FromDateTime(now.UtcDateTime).AddDays(-5), postedAt: now.AddDays(-10));
        await using (var scope = Db.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var row = await (from v in db.Vacancies join e in db.Employers on v.EmployerId equals e.Id where v.Id == new Domain.Identifiers.VacancyId(id) select new { v, e.Name, e.NaceSection }).SingleAsync();
            var stale = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>().Vacancy(row.v, row.Name, row.NaceSection);
            await Engine.IndexAsync(SearchIndexes.Vacancies, [stale], CancellationToken.None);
            await db.SearchOutbox.Where(m => m.ProcessedAt == null).ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, now));
        }

        Assert.Equal(1, (await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "donerci" }, CancellationToken.None)).Total);

        var indexer = Indexer(Engine);
        Assert.Equal(1, await indexer.QueueExpiredVacanciesAsync(CancellationToken.None));
        await indexer.DrainAsync(CancellationToken.None);

        Assert.Equal(0, (await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Vacancies, Text = "donerci" }, CancellationToken.None)).Total);
    }

    [SkippableFact]
    public async Task On_demo_data_a_Turkish_title_is_found_with_and_without_Turkish_letters_and_misspelt()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchVacanciesHandler>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var titles = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).Select(v => v.Title).ToListAsync();
        var word = titles.SelectMany(t => t.Split(' ')).First(w => w.Length >= 6 && w.Any("çğıöşü".Contains));
        var plain = Fold(word);
        var misspelt = plain.Remove(plain.Length / 2, 1);

        var exact = await search.HandleAsync(new VacancySearchQuery { Text = word, PageSize = 100 }, CancellationToken.None);
        var folded = await search.HandleAsync(new VacancySearchQuery { Text = plain, PageSize = 100 }, CancellationToken.None);
        var typo = await search.HandleAsync(new VacancySearchQuery { Text = misspelt, PageSize = 100 }, CancellationToken.None);

        Assert.True(exact.FromIndex);
        Assert.True(exact.Total >= titles.Count(t => t.Split(' ').Contains(word)), $"'{word}' found {exact.Total}");
        Assert.Equal(exact.Total, folded.Total);
        Assert.Contains(typo.Items, i => i.Vacancy.Title.Contains(word, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task On_demo_data_an_Arabic_occupation_word_finds_the_jobs_of_that_occupation()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchVacanciesHandler>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var isco = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).GroupBy(v => v.IscoCode).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var arabic = (await db.IscoGroups.SingleAsync(g => g.Code == isco)).TitleAr;
        var word = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();

        using var culture = new CultureScope("ar");
        var found = await search.HandleAsync(new VacancySearchQuery { Text = word, PageSize = 100 }, CancellationToken.None);

        Assert.Contains(found.Items, i => i.Vacancy.IscoCode == isco);
    }

    [SkippableFact]
    public async Task Facet_counts_from_the_index_equal_the_database_counts_and_the_fallback_gives_the_same_answer()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<SearchVacanciesHandler>();
        var fallback = new SearchVacanciesHandler(
            new DownIndex(),
            scope.ServiceProvider.GetRequiredService<DatabaseVacancySearch>(),
            db,
            scope.ServiceProvider.GetRequiredService<IReferenceCatalogue>(),
            NullLogger<SearchVacanciesHandler>.Instance);
        var query = new VacancySearchQuery { Facets = VacancyFacets.All, IscoPrefix = "7", PageSize = 10 };

        var indexed = await search.HandleAsync(query, CancellationToken.None);
        var database = await fallback.HandleAsync(query, CancellationToken.None);

        var craft = query.IscoPrefix;
        var open = await (from v in db.Vacancies
                          join e in db.Employers on v.EmployerId equals e.Id
                          where v.Status == VacancyStatus.Open && v.IscoCode.StartsWith(craft)
                          select new { v.ProvinceCode, e.NaceSection }).ToListAsync();
        Assert.True(indexed.FromIndex);
        Assert.False(database.FromIndex);
        Assert.Equal(open.Count, indexed.Total);
        Assert.Equal(open.Count, database.Total);
        var byProvince = open.GroupBy(o => o.ProvinceCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(byProvince, indexed.Facets["province"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(byProvince, database.Facets["province"].ToDictionary(f => f.Value, f => f.Count));
        var bySector = open.GroupBy(o => o.NaceSection).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(bySector, indexed.Facets["sector"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(bySector, database.Facets["sector"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(indexed.Items.Select(i => i.Vacancy.Id), database.Items.Select(i => i.Vacancy.Id));
    }

    [SkippableFact]
    public async Task A_radius_search_agrees_with_distances_measured_from_the_reference_data_on_both_paths()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<IReferenceCatalogue>();
        var search = scope.ServiceProvider.GetRequiredService<SearchVacanciesHandler>();
        var database = scope.ServiceProvider.GetRequiredService<DatabaseVacancySearch>();
        var gaziantep = catalogue.LocationOf(27, null);
        var circle = new GeoCircle(gaziantep.Latitude, gaziantep.Longitude, 250);

        var found = await search.HandleAsync(new VacancySearchQuery { Near = circle, Sort = VacancySort.Distance, PageSize = 100 }, CancellationToken.None);
        var fromDatabase = await database.SearchAsync(new VacancySearchQuery { Near = circle, Sort = VacancySort.Distance, PageSize = 100 }, CancellationToken.None);

        var open = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).Select(v => new { v.ProvinceCode, v.District }).ToListAsync();
        var expected = open.Count(v => catalogue.LocationOf(v.ProvinceCode, v.District).DistanceKmTo(circle.Latitude, circle.Longitude) <= 250);
        Assert.Equal(expected, found.Total);
        Assert.Equal(expected, fromDatabase.Total);
        Assert.Equal(found.Items.Select(i => i.DistanceKm), found.Items.Select(i => i.DistanceKm).Order());
        Assert.All(found.Items, i => Assert.InRange(i.DistanceKm!.Value, 0, 250));
    }

    [SkippableFact]
    public async Task Candidate_documents_hold_no_personal_data_and_only_workers_someone_may_see()
    {
        await using var scope = Db.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var factory = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        var workers = await db.Workers.AsNoTracking().Take(50).ToListAsync();
        var applicants = await db.Applications.Where(a => a.Status != Domain.Applications.ApplicationStatus.Withdrawn).Select(a => a.WorkerId).Distinct().ToListAsync();

        var (documents, deletes) = await factory.CandidatesAsync(workers.Select(w => w.Id.Value).ToList(), CancellationToken.None);

        foreach (var worker in workers)
        {
            var document = documents.SingleOrDefault(d => d.Id == worker.Id.Value.ToString("D"));
            var visible = worker.Discoverable || applicants.Contains(worker.Id);
            Assert.Equal(visible, document is not null);
            Assert.Equal(!visible, deletes.Contains(worker.Id.Value.ToString("D")));
            if (document is null)
            {
                continue;
            }

            var everything = string.Join(' ', document.Texts.Select(t => t.Text).Concat(document.Keywords.SelectMany(k => k.Value)));
            Assert.DoesNotContain(worker.DisplayName, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(worker.NationalityCode, document.Keywords.SelectMany(k => k.Value));
            Assert.DoesNotContain("gender", document.Keywords.Keys);
            Assert.NotEmpty(document.KeywordValues(SearchIndexes.AccessField));
        }
    }

    private SearchIndexer Indexer(ISearchEngine engine) => new(
        Db.Services.GetRequiredService<IServiceScopeFactory>(),
        engine,
        Options.Create(new SearchOptions { BatchSize = 500 }),
        TimeProvider.System,
        Db.Services.GetRequiredService<LabourHub.Infrastructure.Jobs.JobLeases>(),
        [],
        NullLogger<SearchIndexer>.Instance);

    private async Task<int> OutboxCountAsync()
    {
        await using var db = Db.NewContext();
        return await db.SearchOutbox.CountAsync();
    }

    private async Task<Guid> PostVacancyAsync(string title, DateOnly? closesOn = null, DateTimeOffset? postedAt = null)
    {
        await using var db = Db.NewContext();
        var catalogue = Db.Services.GetRequiredService<ReferenceCatalogue>();
        var employer = await db.Employers.OrderBy(e => e.Name).FirstAsync();
        var wage = MinimumWage.InForce(await db.MinimumWages.ToListAsync(), DateOnly.FromDateTime(Now.UtcDateTime))!;
        var vacancy = Vacancy.Post(employer.Id, new VacancyDetails
        {
            Title = title,
            Description = "Sigortalı, kayıtlı iş.",
            Occupation = IscoCode.Create("9213", catalogue).Value,
            ProvinceCode = 33,
            WageMin = wage.NetMonthly,
            WageMax = wage.NetMonthly,
            ClosesOn = closesOn,
        }, wage, postedAt ?? Now).Value;
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy.Id.Value;
    }

    private async Task<(Guid Id, string Province)> EraseADiscoverableWorkerAsync(bool engineDown)
    {
        Guid id;
        string province;
        string userId;
        await using (var db = Db.NewContext())
        {
            var worker = await db.Workers.FirstAsync(w => w.Discoverable && w.UserId == null);
            worker.LinkAccount("erasure-test-user");
            await db.SaveChangesAsync();
            (id, province, userId) = (worker.Id.Value, worker.RegisteredProvinceCode.ToString(System.Globalization.CultureInfo.InvariantCulture), worker.UserId!);
        }

        await Indexer(Engine).DrainAsync(CancellationToken.None);

        var found = await Engine.SearchAsync(new SearchRequest { Index = SearchIndexes.Candidates, Access = [SearchDocumentFactory.Discoverable], PageSize = 100, Filters = [new KeywordFilter("province", province)] }, CancellationToken.None);
        Assert.Contains(found.Hits, h => h.Id == id.ToString("D"));

        await using var scope = Db.Services.CreateAsyncScope();
        var listeners = engineDown ? [new SearchErasureListener(new FailingEngine(Engine, 0))] : scope.ServiceProvider.GetServices<IErasureListener>();
        var erase = new EraseMyDataHandler(scope.ServiceProvider.GetRequiredService<LabourHubDbContext>(), listeners);
        Assert.True((await erase.HandleAsync(userId, CancellationToken.None)).WorkerProfile);
        return (id, province);
    }

    private static string Fold(string word) => word.Replace('ı', 'i').Replace('ç', 'c').Replace('ş', 's').Replace('ğ', 'g').Replace('ü', 'u').Replace('ö', 'o');

    /// <summary>The engine failing part-way: it indexes some documents of a batch and then is "down" (deletes fail at once).</summary>
    private sealed class FailingEngine(ISearchEngine inner, int failAfterDocuments) : ISearchEngine
    {
        public int Indexed { get; private set; }

        public string Provider => inner.Provider;

        public async Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
        {
            var allowed = documents.Take(Math.Max(0, failAfterDocuments - Indexed)).ToList();
            await inner.IndexAsync(index, allowed, cancellationToken);
            Indexed += allowed.Count;
            if (allowed.Count < documents.Count)
            {
                throw new SearchUnavailableException("Simulated outage mid-batch.");
            }
        }

        public Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => throw new SearchUnavailableException("Simulated outage.");

        public Task ResetAsync(string index, CancellationToken cancellationToken) => throw new SearchUnavailableException("Simulated outage.");

        public Task<long> CountAsync(string index, CancellationToken cancellationToken) => inner.CountAsync(index, cancellationToken);

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken) => inner.SearchAsync(request, cancellationToken);

        public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken) => inner.SuggestAsync(request, cancellationToken);

        public Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(new SearchHealth(false, Provider, "simulated"));
    }

    private sealed class DownIndex : IVacancyIndex
    {
        public Task<VacancyIndexPage> SearchAsync(VacancySearchQuery query, string language, CancellationToken cancellationToken) =>
            throw new Application.Common.SearchIndexUnavailableException("simulated outage");
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _previous;
    }
}

public sealed class SqliteSearchPipelineTests() : SearchPipelineTests(DatabaseOptions.Sqlite);

public sealed class PostgresSearchPipelineTests() : SearchPipelineTests(DatabaseOptions.Postgres);
