using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>How contract fields are named in Elasticsearch documents and mappings (see infra/elasticsearch).</summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Date = "date";
    public const string Location = "location";
    public const string KeywordObject = "kw";
    public const string FoldedSuffix = ".folded";

    /// <summary>A text field in one language: "title" in Turkish is "title_tr" (analysed with lh_tr, folded in title_tr.folded).</summary>
    public static string Text(string field, string? language) => $"{field}_{SearchIndexes.NormaliseLanguage(language)}";

    public static string Keyword(string field) => $"{KeywordObject}.{field}";

    /// <summary>Every text field of one language, as a wildcard pattern ("*_tr").</summary>
    public static string AnyText(string language) => $"*_{language}";

    /// <summary>Every folded subfield.</summary>
    public static string AnyFolded => "*" + FoldedSuffix;

    /// <summary>Maps a returned field name ("title_tr" or "title_tr.folded") back to the contract's name ("title").</summary>
    public static string ToContractField(string name)
    {
        if (name.EndsWith(FoldedSuffix, StringComparison.Ordinal))
        {
            name = name[..^FoldedSuffix.Length];
        }

        var underscore = name.LastIndexOf('_');
        return underscore > 0 && SearchIndexes.Languages.Contains(name[(underscore + 1)..]) ? name[..underscore] : name;
    }

    /// <summary>The language of a text field name ("title_tr" gives "tr"), or null when it is not a text field.</summary>
    public static string? LanguageOf(string name)
    {
        var underscore = name.LastIndexOf('_');
        var language = underscore > 0 ? name[(underscore + 1)..] : null;
        return language is not null && SearchIndexes.Languages.Contains(language) ? language : null;
    }
}
