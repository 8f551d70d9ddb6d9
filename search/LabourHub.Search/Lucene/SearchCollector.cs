using LabourHub.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LabourHub.Search.Lucene;

/// <summary>
/// One pass over the matching documents that does what the core API lacks: the exact geo-radius check (after the
/// bounding box), the total, facet counts from sorted-set doc-value ordinals, and the top of the page in the chosen
/// order (score, date or distance; ties by id) after an optional cursor. Totals and facets see the same documents.
/// </summary>
internal sealed class SearchCollector : ICollector
{
    private readonly SearchSort _sort;
    private readonly GeoRadius? _near;
    private readonly int _keep;
    private readonly RankedHit? _after;
    private readonly string[] _facetFields;
    private readonly Dictionary<string, long>[] _facetCounts;
    private readonly PriorityQueue<RankedHit, RankedHit> _top = new(Comparer<RankedHit>.Create(RankedHit.CompareBetter));
    private readonly BytesRef _scratch = new();

    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _dates;
    private NumericDocValues? _latitudes;
    private NumericDocValues? _longitudes;
    private SortedDocValues? _ids;
    private SortedSetDocValues?[] _facetValues = [];
    private long[][] _segmentCounts = [];

    public SearchCollector(SearchSort sort, GeoRadius? near, int keep, RankedHit? after, IReadOnlyList<string> facets)
    {
        _sort = sort;
        _near = near;
        _keep = keep;
        _after = after;
        _facetFields = facets.Distinct(StringComparer.Ordinal).ToArray();
        _facetCounts = _facetFields.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    }

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegmentFacets();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _dates = reader.GetNumericDocValues(LuceneFields.Date);
        _latitudes = reader.GetNumericDocValues(LuceneFields.Latitude);
        _longitudes = reader.GetNumericDocValues(LuceneFields.Longitude);
        _ids = reader.GetSortedDocValues(LuceneFields.Id);
        _facetValues = _facetFields.Select(f => reader.GetSortedSetDocValues(LuceneFields.Keyword(f))).ToArray();
        _segmentCounts = _facetValues.Select(v => v is null ? [] : new long[v.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        double? distance = null;
        if (_near is { } near)
        {
            if (_latitudes is null || _longitudes is null)
            {
                return;
            }

            var point = new GeoPoint(
                BitConverter.Int64BitsToDouble(_latitudes.Get(doc)),
                BitConverter.Int64BitsToDouble(_longitudes.Get(doc)));
            distance = near.Origin.DistanceKmTo(point);
            if (distance > near.RadiusKm)
            {
                return;
            }
        }

        Total++;
        for (var f = 0; f < _facetValues.Length; f++)
        {
            var values = _facetValues[f];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[f][ord]++;
            }
        }

        var score = _scorer?.GetScore() ?? 0f;
        var key = _sort switch
        {
            SearchSort.Newest => _dates?.Get(doc) ?? 0,
            SearchSort.Distance => NumericUtils.DoubleToSortableInt64(-(distance ?? 0)),
            _ => NumericUtils.SingleToSortableInt32(score),
        };

        Offer(key, doc, score, distance);
    }

    private void Offer(long key, int doc, float score, double? distance)
    {
        string? id = null;
        if (_after is { } after && (key > after.Key || (key == after.Key && string.CompareOrdinal(id = ReadId(doc), after.Id) <= 0)))
        {
            return; // at or before the cursor: already on an earlier page
        }

        if (_top.Count >= _keep)
        {
            var worst = _top.Peek();
            if (key < worst.Key)
            {
                return;
            }

            id ??= ReadId(doc);
            if (key == worst.Key && string.CompareOrdinal(id, worst.Id) >= 0)
            {
                return;
            }

            var hit = new RankedHit(key, id, _docBase + doc, score, distance);
            _top.EnqueueDequeue(hit, hit);
            return;
        }

        var entry = new RankedHit(key, id ?? ReadId(doc), _docBase + doc, score, distance);
        _top.Enqueue(entry, entry);
    }

    private string ReadId(int doc)
    {
        _ids!.Get(doc, _scratch);
        return _scratch.Utf8ToString();
    }

    /// <summary>The kept hits, best first.</summary>
    public List<RankedHit> Best()
    {
        var hits = new List<RankedHit>(_top.Count);
        while (_top.Count > 0)
        {
            hits.Add(_top.Dequeue());
        }

        hits.Reverse();
        return hits;
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> Facets(int size)
    {
        FlushSegmentFacets();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var f = 0; f < _facetFields.Length; f++)
        {
            facets[_facetFields[f]] = _facetCounts[f]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(size)
                .Select(pair => new FacetCount(pair.Key, pair.Value))
                .ToList();
        }

        return facets;
    }

    private void FlushSegmentFacets()
    {
        for (var f = 0; f < _segmentCounts.Length; f++)
        {
            var counts = _segmentCounts[f];
            var values = _facetValues[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values!.LookupOrd(ord, _scratch);
                var value = _scratch.Utf8ToString();
                _facetCounts[f][value] = _facetCounts[f].GetValueOrDefault(value) + counts[ord];
            }
        }

        _segmentCounts = [];
        _facetValues = [];
    }
}

/// <summary>A hit in rank order: a larger key is better (score, date ticks, or negated distance), then a smaller id.</summary>
internal sealed record RankedHit(long Key, string Id, int Doc, float Score, double? DistanceKm)
{
    /// <summary>Negative when <paramref name="a"/> ranks below <paramref name="b"/>; the queue drops the lowest first.</summary>
    public static int CompareBetter(RankedHit? a, RankedHit? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byKey = a.Key.CompareTo(b.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(b.Id, a.Id);
    }
}
