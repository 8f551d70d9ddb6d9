using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Util;

namespace LabourHub.Search.Lucene;

/// <summary>
/// The analysis chains. Every text is indexed twice: folded (Turkish-aware lower case, then diacritics and Arabic and
/// Persian letter variants folded away, so "kaynakci", "KAYNAKÇI" and "kaynakçı" are one token) and stemmed by the
/// analyser of its language (Turkish with İ/ı handling, Arabic, Persian, English).
/// </summary>
internal static class LuceneAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Folded { get; } = new FoldingAnalyzer();

    private static readonly Dictionary<string, Analyzer> Stemmed = new(StringComparer.Ordinal)
    {
        ["tr"] = new TurkishAnalyzer(Version),
        ["ar"] = new ArabicAnalyzer(Version),
        ["fa"] = new PersianAnalyzer(Version),
        ["en"] = new EnglishAnalyzer(Version),
    };

    public static Analyzer ForLanguage(string language) => Stemmed[language];

    /// <summary>Chooses the chain by field name: stemmed fields end in _tr, _ar, _fa or _en, all others are folded.</summary>
    public static Analyzer PerField { get; } = new BySuffixAnalyzer();

    /// <summary>The folded tokens of a text, in order.</summary>
    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private sealed class BySuffixAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            fieldName.Length > 3 && fieldName[^3] == '_' && Stemmed.TryGetValue(fieldName[^2..], out var analyzer) ? analyzer : Folded;
    }

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
            TokenStream chain = new TurkishLowerCaseFilter(source);
            chain = new LowerCaseFilter(Version, chain);
            chain = new ArabicNormalizationFilter(chain);
            chain = new PersianNormalizationFilter(chain);
            chain = new ASCIIFoldingFilter(chain);
            return new TokenStreamComponents(source, chain);
        }
    }
}
