namespace LabourHub.Matching.Inputs;

/// <summary>
/// Skill URIs as sorted 64-bit keys (FNV-1a of the text), computed once when a profile is built, so that ranking a
/// million candidates compares numbers instead of hashing long URIs. Two different URIs sharing a key is a 1 in 2^64
/// event per pair.
/// </summary>
public static class SkillKeys
{
    public static long[] Of(IEnumerable<string>? uris)
    {
        if (uris is null)
        {
            return [];
        }

        var keys = uris.Select(Key).ToArray();
        Array.Sort(keys);
        return Distinct(keys);
    }

    public static long Key(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        unchecked
        {
            var hash = (long)14695981039346656037UL;
            foreach (var c in uri)
            {
                hash = (hash ^ c) * 1099511628211L;
            }

            return hash;
        }
    }

    /// <summary>How many keys of <paramref name="wanted"/> (sorted) are in <paramref name="has"/> (sorted).</summary>
    public static int CountShared(ReadOnlySpan<long> wanted, ReadOnlySpan<long> has)
    {
        var found = 0;
        foreach (var key in wanted)
        {
            if (has.BinarySearch(key) >= 0)
            {
                found++;
            }
        }

        return found;
    }

    internal static T[] Distinct<T>(T[] sorted)
        where T : IEquatable<T>
    {
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!sorted[i].Equals(sorted[n - 1]))
            {
                sorted[n++] = sorted[i];
            }
        }

        return n == sorted.Length ? sorted : sorted[..n];
    }
}
