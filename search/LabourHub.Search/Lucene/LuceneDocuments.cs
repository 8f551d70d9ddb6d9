using System.Globalization;
using LabourHub.Search.Contract;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace LabourHub.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields, and stored fields back into labels and keywords.</summary>
internal static class LuceneDocuments
{
    public static Document ToLucene(SearchDocument source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Id);
        var document = new Document
        {
            new StringField(LuceneFields.Id, source.Id, Field.Store.YES),
            new SortedDocValuesField(LuceneFields.Id, new BytesRef(source.Id)),
        };

        foreach (var text in source.Texts)
        {
            if (string.IsNullOrWhiteSpace(text.Text))
            {
                continue;
            }

            var language = SearchIndexes.NormaliseLanguage(text.Language);
            document.Add(Analysed(LuceneFields.Folded(text.Field), text.Text));
            document.Add(Analysed(LuceneFields.Stemmed(text.Field, language), text.Text));
            document.Add(new StoredField(LuceneFields.Stored(text.Field, language), text.Text));
        }

        foreach (var (field, values) in source.Keywords)
        {
            var name = LuceneFields.Keyword(field);
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(name, value, Field.Store.YES));
                document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }

        if (source.Date is { } date)
        {
            document.Add(new Int64Field(LuceneFields.Date, date.UtcTicks, Field.Store.NO));
            document.Add(new NumericDocValuesField(LuceneFields.Date, date.UtcTicks));
        }

        if (source.Location is { IsValid: true } location)
        {
            document.Add(new DoubleField(LuceneFields.Latitude, location.Latitude, Field.Store.NO));
            document.Add(new DoubleField(LuceneFields.Longitude, location.Longitude, Field.Store.NO));
            document.Add(new DoubleDocValuesField(LuceneFields.Latitude, location.Latitude));
            document.Add(new DoubleDocValuesField(LuceneFields.Longitude, location.Longitude));
        }

        return document;
    }

    private static TextField Analysed(string field, string text) =>
        AnalysedTextCache.TryField(field, text, out var tokens) ? new TextField(field, tokens) : new TextField(field, text, Field.Store.NO);

    /// <summary>The stored texts of a field by language.</summary>
    public static Dictionary<string, List<string>> StoredTexts(Document document, string field)
    {
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var stored in document.Fields)
        {
            if (LuceneFields.IsStored(stored.Name, out var name, out var language) && name == field)
            {
                if (!texts.TryGetValue(language, out var list))
                {
                    texts[language] = list = [];
                }

                list.Add(stored.GetStringValue(CultureInfo.InvariantCulture));
            }
        }

        return texts;
    }

    public static Dictionary<string, IReadOnlyList<string>> StoredKeywords(Document document)
    {
        var keywords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var stored in document.Fields)
        {
            if (LuceneFields.IsKeyword(stored.Name, out var field))
            {
                if (!keywords.TryGetValue(field, out var list))
                {
                    keywords[field] = list = [];
                }

                list.Add(stored.GetStringValue(CultureInfo.InvariantCulture));
            }
        }

        return keywords.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal);
    }
}
