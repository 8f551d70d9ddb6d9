using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace LabourHub.Search.Lucene;

/// <summary>
/// Marks the searched words in a stored text: the text is folded token by token (the same folding as the index), and
/// a token is marked when it equals a searched word, starts with one (Turkish suffixes: "kaynakçılar" for "kaynak"),
/// or is the start of one of four letters or more. One fragment of about <c>maxChars</c> around the first mark, HTML
/// encoded, with &lt;mark&gt; around each hit. Costs a tokenisation of the page's texts, nothing against the index.
/// </summary>
internal static class TermHighlighter
{
    private const int MinimumPrefix = 4;

    public static IReadOnlyList<string> QueryTerms(string text) =>
        LuceneAnalysis.Tokens(LuceneAnalysis.Folded, "q", text).Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal).ToList();

    public static string? Fragment(string text, IReadOnlyList<string> terms, int maxChars)
    {
        if (terms.Count == 0 || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var marks = new List<(int Start, int End)>();
        using (var stream = LuceneAnalysis.Folded.GetTokenStream("q", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var token = term.ToString();
                if (terms.Any(q => Matches(token, q)))
                {
                    marks.Add((offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        if (marks.Count == 0)
        {
            return null;
        }

        // A window of about maxChars that begins a little before the first mark, cut at spaces.
        var start = Math.Max(0, marks[0].Start - (maxChars / 4));
        if (start > 0 && text.LastIndexOf(' ', start) is var space and >= 0)
        {
            start = space + 1;
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length && text.IndexOf(' ', end) is var next and >= 0 && next - end < 20)
        {
            end = next;
        }

        var fragment = new StringBuilder();
        var position = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
        {
            fragment.Append(Encode(text[position..markStart])).Append("<mark>").Append(Encode(text[markStart..markEnd])).Append("</mark>");
            position = markEnd;
        }

        fragment.Append(Encode(text[position..end]));
        return fragment.ToString();
    }

    private static bool Matches(string token, string query) =>
        token == query
        || (query.Length >= 3 && token.StartsWith(query, StringComparison.Ordinal))
        || (token.Length >= MinimumPrefix && query.StartsWith(token, StringComparison.Ordinal));

    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
