using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace LabourHub.Search.Lucene;

/// <summary>
/// Cached filters of one index by a canonical key. A <see cref="CachingWrapperFilter"/> keeps a bit set per segment
/// and forgets segments that merge away, so an entry stays right as the index changes. Bounded: when full it starts
/// again empty.
/// </summary>
internal sealed class FilterCache
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter Get(string key, Func<Query> query)
    {
        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_filters.Count >= Capacity)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(query())));
    }
}
