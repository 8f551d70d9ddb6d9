using LabourHub.Search.Contract;

namespace LabourHub.Search.Lucene;

/// <summary>How a <see cref="SearchDocument"/> is laid out in Lucene fields.</summary>
internal static class LuceneFields
{
    public const string Id = "_id";
    public const string Date = "_date";
    public const string Latitude = "_lat";
    public const string Longitude = "_lon";
    private const string TextPrefix = "t_";
    private const string StoredPrefix = "s_";
    private const string KeywordPrefix = "kw_";

    /// <summary>The folded field of a text: what free text and highlights match.</summary>
    public static string Folded(string field) => TextPrefix + field;

    public static string Stemmed(string field, string language) => TextPrefix + field + "_" + language;

    /// <summary>The original text, stored to show labels and highlight fragments: s_{field}_{language}.</summary>
    public static string Stored(string field, string language) => StoredPrefix + field + "_" + language;

    public static string Keyword(string field) => KeywordPrefix + field;

    public static bool IsFolded(string luceneField, out string field)
    {
        field = string.Empty;
        if (!luceneField.StartsWith(TextPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = luceneField[TextPrefix.Length..];
        if (SearchIndexes.Languages.Any(language => rest.EndsWith("_" + language, StringComparison.Ordinal)))
        {
            return false;
        }

        field = rest;
        return true;
    }

    public static bool IsStored(string luceneField, out string field, out string language)
    {
        field = string.Empty;
        language = string.Empty;
        if (!luceneField.StartsWith(StoredPrefix, StringComparison.Ordinal) || luceneField.Length < StoredPrefix.Length + 4)
        {
            return false;
        }

        field = luceneField[StoredPrefix.Length..^3];
        language = luceneField[^2..];
        return true;
    }

    public static bool IsKeyword(string luceneField, out string field)
    {
        field = luceneField.StartsWith(KeywordPrefix, StringComparison.Ordinal) ? luceneField[KeywordPrefix.Length..] : string.Empty;
        return field.Length > 0;
    }
}
