using System.Collections.Concurrent;
using LabourHub.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LabourHub.Search.Lucene;

/// <summary>
/// The embedded default: Lucene.Net indexes on disk under the data folder, BM25 scoring, folded and stemmed text in
/// four languages, facets from doc-value ordinals and an exact geo radius, all built on the core API.
/// </summary>
public sealed class LuceneSearchEngine(LuceneSearchOptions options) : ISearchEngine, IDisposable
{
    private const int HighlightFragmentChars = 140;
    private readonly ConcurrentDictionary<string, Lazy<LuceneIndex>> _indexes = new(StringComparer.Ordinal);

    public string Provider => "lucene";

    public Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.FirstOrDefault(d => string.IsNullOrWhiteSpace(d.Id)) is not null)
        {
            // Refused before anything is written, so a bad batch never leaves half of itself for the next commit.
            throw new ArgumentException("Every document needs an id.", nameof(documents));
        }

        Use(index).Write(writer =>
        {
            // The writer takes documents from several threads at once; analysis is most of the cost.
            Parallel.ForEach(
                documents,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                document => writer.UpdateDocument(new Term(LuceneFields.Id, document.Id), LuceneDocuments.ToLucene(document)));
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        var terms = ids.Select(id => new Term(LuceneFields.Id, id)).ToArray();
        Use(index).Write(writer => writer.DeleteDocuments(terms));
        return Task.CompletedTask;
    }

    public Task ResetAsync(string index, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Use(index).Write(writer => writer.DeleteAll());
        return Task.CompletedTask;
    }

    public Task<long> CountAsync(string index, CancellationToken cancellationToken) =>
        Task.FromResult(Use(index).Read(searcher => (long)searcher.IndexReader.NumDocs));

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchIndexes.Validate(request);
        cancellationToken.ThrowIfCancellationRequested();
        var index = Use(request.Index);
        return Task.FromResult(index.Read(searcher => Search(index, searcher, request)));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SearchIndexes.IsKnown(request.Index) || SearchIndexes.IsRestricted(request.Index))
        {
            throw new InvalidSearchRequestException($"Suggestions come from public indexes only, not '{request.Index}'.");
        }

        var index = Use(request.Index);
        var language = SearchIndexes.NormaliseLanguage(request.Language);
        return Task.FromResult(index.Read<IReadOnlyList<Suggestion>>(searcher =>
        {
            var (folded, all) = index.Fields(searcher);
            var query = LuceneQueries.Text(searcher.IndexReader, request.Prefix, language, folded, all, lastWordIsPrefix: true);
            if (query is null)
            {
                return [];
            }

            var top = searcher.Search(query, Math.Clamp(request.Size, 1, 50));
            return top.ScoreDocs.Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                var labels = LuceneDocuments.StoredTexts(document, "label");
                var label = Pick(labels, language) ?? string.Empty;
                return new Suggestion(document.Get(LuceneFields.Id, System.Globalization.CultureInfo.InvariantCulture), label, LuceneDocuments.StoredKeywords(document));
            }).ToList();
        }));
    }

    public Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var name in SearchIndexes.All)
            {
                Use(name).Read(searcher => searcher.IndexReader.NumDocs);
            }

            return Task.FromResult(new SearchHealth(true, Provider, null));
        }
        catch (SearchUnavailableException e)
        {
            return Task.FromResult(new SearchHealth(false, Provider, e.Message));
        }
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(l => l.IsValueCreated))
        {
            index.Value.Dispose();
        }

        _indexes.Clear();
    }

    private static SearchResult Search(LuceneIndex index, IndexSearcher searcher, SearchRequest request)
    {
        var (query, text) = BuildQuery(index, searcher, request);

        // Without words to weigh, relevance has nothing to say: newest first.
        var sort = request.Sort == SearchSort.Relevance && text is null ? SearchSort.Newest : request.Sort;
        var after = request.After is null ? null : SearchCursor.Decode(request.After, sort);
        var skip = after is null ? (request.Page - 1) * request.PageSize : 0;
        var collector = new SearchCollector(sort, request.Near, skip + request.PageSize, after, request.Facets);
        searcher.Search(query, collector);

        var page = collector.Best().Skip(skip).ToList();
        var terms = request.Highlight && text is not null && request.Text is { } words ? TermHighlighter.QueryTerms(words) : [];
        var hits = page.Select(hit => new SearchHit(
            hit.Id,
            hit.Score,
            hit.DistanceKm is { } km ? Math.Round(km, 3) : null,
            terms.Count > 0 ? Highlights(searcher, terms, hit.Doc) : new Dictionary<string, string>())).ToList();
        var next = page.Count == request.PageSize ? SearchCursor.Encode(sort, page[^1]) : null;
        return new SearchResult(collector.Total, hits, collector.Facets(request.FacetSize), next);
    }

    /// <summary>
    /// The same Lucene query, run bare through IndexSearcher.Search for the top hits only (no exact radius, no facets,
    /// no cursor, no highlights): the baseline the search benchmark compares the contract's overhead with.
    /// </summary>
    internal int RawSearch(SearchRequest request)
    {
        SearchIndexes.Validate(request);
        var index = Use(request.Index);
        return index.Read(searcher => searcher.Search(BuildQuery(index, searcher, request).Query, request.PageSize).TotalHits);
    }

    private static (Query Query, Query? Text) BuildQuery(LuceneIndex index, IndexSearcher searcher, SearchRequest request)
    {
        var language = SearchIndexes.NormaliseLanguage(request.Language);
        var (folded, all) = index.Fields(searcher);
        var text = LuceneQueries.Text(searcher.IndexReader, request.Text, language, folded, all, lastWordIsPrefix: false);
        var filter = LuceneQueries.Filter(request, index.Filters);
        Query query = text ?? new MatchAllDocsQuery();
        if (filter is not null)
        {
            query = new FilteredQuery(query, filter);
        }

        return (query, text);
    }

    private static Dictionary<string, string> Highlights(IndexSearcher searcher, IReadOnlyList<string> terms, int doc)
    {
        var highlights = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = searcher.Doc(doc);
        foreach (var field in document.Fields.Select(f => LuceneFields.IsStored(f.Name, out var name, out _) ? name : null).OfType<string>().Distinct())
        {
            foreach (var value in LuceneDocuments.StoredTexts(document, field).Values.SelectMany(v => v))
            {
                if (TermHighlighter.Fragment(value, terms, HighlightFragmentChars) is { Length: > 0 } fragment)
                {
                    highlights[field] = fragment;
                    break;
                }
            }
        }

        return highlights;
    }

    private static string? Pick(Dictionary<string, List<string>> labels, string language)
    {
        foreach (var candidate in new[] { language, "en", "tr" })
        {
            if (labels.TryGetValue(candidate, out var values) && values.Count > 0)
            {
                return values[0];
            }
        }

        return labels.Values.SelectMany(v => v).FirstOrDefault();
    }

    private LuceneIndex Use(string index)
    {
        if (!SearchIndexes.IsKnown(index))
        {
            throw new InvalidSearchRequestException($"Unknown index '{index}'.");
        }

        var lazy = _indexes.GetOrAdd(index, name => new Lazy<LuceneIndex>(() => new LuceneIndex(Path.Combine(options.RootPath, name), options.RamBufferMb)));
        try
        {
            return lazy.Value;
        }
        catch (Exception e) when (e is IOException or LockObtainFailedException or UnauthorizedAccessException)
        {
            // Let a later call try again (the folder may become writable, the other process may stop).
            _indexes.TryRemove(new KeyValuePair<string, Lazy<LuceneIndex>>(index, lazy));
            throw new SearchUnavailableException($"The search index '{index}' cannot be opened: {e.GetType().Name}.", e);
        }
    }

    /// <summary>Escapes only what HTML needs (Lucene's own encoder turns every Turkish or Arabic letter into an entity).</summary>
}
