using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LabourHub.Search.Lucene;

/// <summary>
/// Short texts repeat across hundreds of thousands of documents (the same occupation title or ESCO skill label on
/// every welder's profile), so their analysis is done once and replayed. Long texts (descriptions) are analysed as
/// usual. Bounded: when full, the cache starts again empty.
/// </summary>
internal static class AnalysedTextCache
{
    private const int MaxTextLength = 160;
    private const int Capacity = 100_000;
    private static readonly ConcurrentDictionary<(string Field, string Text), Token[]> Cache = new();

    public static bool TryField(string field, string text, out TokenStream? stream)
    {
        stream = null;
        if (text.Length > MaxTextLength)
        {
            return false;
        }

        if (!Cache.TryGetValue((field, text), out var tokens))
        {
            tokens = Analyse(field, text);
            if (Cache.Count >= Capacity)
            {
                Cache.Clear();
            }

            Cache.TryAdd((field, text), tokens);
        }

        stream = new ReplayTokenStream(tokens);
        return true;
    }

    private static Token[] Analyse(string field, string text)
    {
        var tokens = new List<Token>();
        using var source = LuceneAnalysis.PerField.GetTokenStream(field, text);
        var term = source.AddAttribute<ICharTermAttribute>();
        var increment = source.AddAttribute<IPositionIncrementAttribute>();
        var offset = source.AddAttribute<IOffsetAttribute>();
        source.Reset();
        while (source.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        source.End();
        return [.. tokens];
    }

    internal readonly record struct Token(string Term, int PositionIncrement, int Start, int End);

    private sealed class ReplayTokenStream : TokenStream
    {
        private readonly Token[] _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public ReplayTokenStream(Token[] tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Length)
            {
                return false;
            }

            ClearAttributes();
            var token = _tokens[_next++];
            _term.SetEmpty().Append(token.Term);
            _increment.PositionIncrement = token.PositionIncrement;
            _offset.SetOffset(token.Start, token.End);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
