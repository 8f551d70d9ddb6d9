using System.Globalization;
using System.Text;

namespace LabourHub.Matching.Inputs;

/// <summary>
/// A cheap lexical representation of free text for the text-relevance feature: lower-cased, Turkish letters folded
/// to ASCII (ı/İ → i, ş → s, ğ → g, ç → c, ö → o, ü → u), accents and Arabic diacritics dropped, split on anything
/// that is not a letter, short words, numbers and common Turkish and English function words left out, each word cut
/// to its first five letters (a crude stem: Turkish adds suffixes, "operatörü" and "operatör" both give "opera"),
/// then hashed to an int. The sorted, distinct ids are computed once per profile, so comparing a vacancy with a
/// million candidates is a merge of two short int arrays each.
/// </summary>
public static class TextTokens
{
    private const int StemLength = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "ve", "ile", "icin", "bir", "bu", "da", "de", "ya", "veya", "olarak", "olan", "gibi", "her", "cok", "en", "mi",
        "the", "and", "for", "with", "of", "to", "in", "on", "or", "an", "at", "by",
    };

    public static int[] Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var ids = new List<int>();
        foreach (var word in Words(text))
        {
            ids.Add(Id(word));
        }

        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return Distinct(sorted);
    }

    /// <summary>The folded, stemmed words of a text (what <see cref="Of"/> hashes).</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (Keep(word) is { } kept)
            {
                yield return kept;
            }

            word.Clear();
        }

        if (Keep(word) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>|a ∩ b| / min(|a|, |b|) over sorted ids: 1 when the shorter text's words all appear in the other.</summary>
    public static float Overlap(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0f;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            // Branch-free merge step: the outcome of comparing hashed ids is unpredictable.
            var x = a[i];
            var y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return shared / (float)Math.Min(a.Length, b.Length);
    }

    private static string? Keep(StringBuilder word)
    {
        if (word.Length < 2)
        {
            return null;
        }

        var text = word.ToString();
        if (text.Any(char.IsDigit) || StopWords.Contains(text))
        {
            return null;
        }

        return text.Length > StemLength ? text[..StemLength] : text;
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
            {
                continue; // accents, the dot of İ, Arabic harakat, zero-width joiners
            }

            folded.Append(c switch
            {
                'ı' or 'I' => 'i',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }

    private static int Id(string word)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    private static int[] Distinct(int[] sorted)
    {
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[n - 1])
            {
                sorted[n++] = sorted[i];
            }
        }

        return n == sorted.Length ? sorted : sorted[..n];
    }
}
