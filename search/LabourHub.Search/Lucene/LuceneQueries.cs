using System.Text.RegularExpressions;
using LabourHub.Search.Contract;
using Lucene.Net.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LabourHub.Search.Lucene;

/// <summary>
/// Builds Lucene queries from a <see cref="SearchRequest"/>: a typo-tolerant free-text query scored with BM25, and
/// the filters (keywords, prefixes, date, a bounding box around the geo radius, access tags) as a non-scoring filter.
/// </summary>
internal static partial class LuceneQueries
{
    private const int MaxWords = 8;
    private const int MinInflectedPrefix = 4;

    /// <summary>
    /// One clause per word the user typed, each a best-of over the folded fields (exact, then with one or two typos)
    /// and the stemmed fields of every language; most words must match (all of one or two, three quarters of more).
    /// </summary>
    public static Query? Text(IndexReader reader, string? text, string? readerLanguage, IReadOnlyCollection<string> foldedFields, IReadOnlySet<string> allFields, bool lastWordIsPrefix)
    {
        var words = Words(text);
        if (words.Count == 0 || foldedFields.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < words.Count; i++)
        {
            var word = WordQuery(reader, words[i], readerLanguage, foldedFields, allFields, lastWordIsPrefix && i == words.Count - 1);
            if (word is not null)
            {
                query.Add(word, Occur.SHOULD);
            }
        }

        var clauses = query.Clauses.Count;
        if (clauses == 0)
        {
            return null;
        }

        query.MinimumNumberShouldMatch = clauses <= 2 || lastWordIsPrefix ? clauses : (int)Math.Ceiling(clauses * 0.75);
        return query;
    }

    public static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : WordPattern().Matches(text).Select(m => m.Value).Take(MaxWords).ToList();

    private static DisjunctionMaxQuery? WordQuery(IndexReader reader, string word, string? readerLanguage, IReadOnlyCollection<string> foldedFields, IReadOnlySet<string> allFields, bool prefix)
    {
        var best = new DisjunctionMaxQuery(0.2f);
        foreach (var folded in LuceneAnalysis.Tokens(LuceneAnalysis.Folded, "q", word))
        {
            // Typo tolerance is for words the index does not know: a word spelt as some document spells it, or the
            // beginning of such a word (the prefix clause finds those: "kaynak" in "kaynakçı"), is not widened to its
            // neighbours (faster, and "garson" does not also find "karton").
            var known = folded.Length < 4 || foldedFields.Any(field => KnownOrBeginsAKnownWord(reader, LuceneFields.Folded(field), folded));
            foreach (var field in foldedFields)
            {
                var term = new Term(LuceneFields.Folded(field), folded);
                best.Add(new TermQuery(term) { Boost = 2f });
                if (prefix && folded.Length >= 2)
                {
                    best.Add(new PrefixQuery(term) { Boost = 1.5f });
                }
                else if (folded.Length >= MinInflectedPrefix)
                {
                    // Turkish adds suffixes: "isci" typed without Turkish letters cannot be stemmed, but it begins "iscisi".
                    // Kept for words typed with Turkish letters too, so "işçi" and "isci" find the same jobs.
                    best.Add(new PrefixQuery(term) { Boost = 0.5f });
                }

                if (!known && folded.Length >= 4)
                {
                    var edits = folded.Length >= 8 ? 2 : 1;
                    best.Add(new FuzzyQuery(term, edits, prefixLength: 1, maxExpansions: 30, transpositions: true) { Boost = 0.6f });
                }
            }
        }

        foreach (var language in SearchIndexes.Languages)
        {
            var stems = LuceneAnalysis.Tokens(LuceneAnalysis.ForLanguage(language), "q", word);
            foreach (var field in foldedFields)
            {
                var stemmedField = LuceneFields.Stemmed(field, language);
                if (!allFields.Contains(stemmedField))
                {
                    continue;
                }

                foreach (var stem in stems)
                {
                    best.Add(new TermQuery(new Term(stemmedField, stem)) { Boost = language == readerLanguage ? 1.5f : 1f });
                }
            }
        }

        return best.Disjuncts.Count == 0 ? null : best;
    }

    private static bool KnownOrBeginsAKnownWord(IndexReader reader, string field, string word)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return false;
        }

        var target = new BytesRef(word);
        var cursor = terms.GetEnumerator();
        return cursor.SeekCeil(target) switch
        {
            TermsEnum.SeekStatus.FOUND => true,
            TermsEnum.SeekStatus.NOT_FOUND => StringHelper.StartsWith(cursor.Term, target),
            _ => false,
        };
    }

    /// <summary>
    /// The request's filters as one non-scoring filter, or null when nothing filters. Keyword, prefix and access
    /// filters repeat from query to query (a province, a language, a business's tags), so each is a cached bit set per
    /// segment; the date floor and the bounding box change with every query and are not cached.
    /// </summary>
    public static Filter? Filter(SearchRequest request, FilterCache cache)
    {
        var filter = new BooleanFilter();
        foreach (var keyword in request.Filters)
        {
            var field = LuceneFields.Keyword(keyword.Field);
            filter.Add(new FilterClause(cache.Get($"{field}={string.Join('|', keyword.AnyOf.Order(StringComparer.Ordinal))}", () => AnyOf(field, keyword.AnyOf)), Occur.MUST));
        }

        foreach (var prefix in request.Prefixes)
        {
            var field = LuceneFields.Keyword(prefix.Field);
            filter.Add(new FilterClause(cache.Get($"{field}^{prefix.Prefix}", () => new PrefixQuery(new Term(field, prefix.Prefix))), Occur.MUST));
        }

        if (request.Access is { } access)
        {
            var field = LuceneFields.Keyword(SearchIndexes.AccessField);
            filter.Add(new FilterClause(cache.Get($"{field}={string.Join('|', access.Order(StringComparer.Ordinal))}", () => AnyOf(field, access)), Occur.MUST));
        }

        if (request.Since is { } since)
        {
            filter.Add(new FilterClause(new QueryWrapperFilter(NumericRangeQuery.NewInt64Range(LuceneFields.Date, since.UtcTicks, null, true, true)), Occur.MUST));
        }

        if (request.Near is { } near)
        {
            var box = new BooleanQuery(disableCoord: true);
            AddBoundingBox(box, near);
            filter.Add(new FilterClause(new QueryWrapperFilter(box), Occur.MUST));
        }

        return filter.Any() ? filter : null;
    }

    private static BooleanQuery AnyOf(string field, IReadOnlyList<string> values)
    {
        // No values matches nothing: an empty access list sees no document.
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>A latitude/longitude box that contains the circle; the exact distance is checked while collecting.</summary>
    private static void AddBoundingBox(BooleanQuery filter, GeoRadius near)
    {
        const double KmPerDegreeLatitude = 111.19;
        var dLat = near.RadiusKm / KmPerDegreeLatitude;
        var minLat = near.Origin.Latitude - dLat;
        var maxLat = near.Origin.Latitude + dLat;
        filter.Add(NumericRangeQuery.NewDoubleRange(LuceneFields.Latitude, minLat, maxLat, true, true), Occur.MUST);

        var widestLatitude = Math.Min(89.9, Math.Max(Math.Abs(minLat), Math.Abs(maxLat)));
        var dLon = dLat / Math.Cos(widestLatitude * Math.PI / 180);
        if (dLon < 180 && near.Origin.Longitude - dLon >= -180 && near.Origin.Longitude + dLon <= 180)
        {
            filter.Add(NumericRangeQuery.NewDoubleRange(LuceneFields.Longitude, near.Origin.Longitude - dLon, near.Origin.Longitude + dLon, true, true), Occur.MUST);
        }
    }

    /// <summary>The folded text fields an index holds, and every field name, read from the index itself.</summary>
    public static (List<string> Folded, HashSet<string> All) Fields(IndexReader reader)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var folded = new List<string>();
        foreach (var info in MultiFields.GetMergedFieldInfos(reader))
        {
            all.Add(info.Name);
            if (info.IsIndexed && LuceneFields.IsFolded(info.Name, out var field))
            {
                folded.Add(field);
            }
        }

        return (folded, all);
    }

    public static BytesRef Bytes(string value) => new(value);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();
}
