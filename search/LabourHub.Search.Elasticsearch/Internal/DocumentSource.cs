using System.Globalization;
using System.Text.Json.Nodes;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>Turns a contract document into the JSON source Elasticsearch stores, and reads parts of it back.</summary>
internal static class DocumentSource
{
    /// <summary>Several texts of one field in one language are stored as one value, separated by a blank line.</summary>
    public const string TextSeparator = "\n\n";

    public static JsonObject From(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException("Every search document needs an id.", nameof(document));
        }

        if (document.Location is { IsValid: false })
        {
            throw new ArgumentException($"The location of search document '{document.Id}' is outside the valid range.", nameof(document));
        }

        var source = new JsonObject { [FieldNames.Id] = document.Id };
        foreach (var group in document.Texts.GroupBy(text => FieldNames.Text(text.Field, text.Language), StringComparer.Ordinal))
        {
            source[group.Key] = string.Join(TextSeparator, group.Select(text => text.Text));
        }

        if (document.Keywords.Count > 0)
        {
            var keywords = new JsonObject();
            foreach (var (field, values) in document.Keywords)
            {
                keywords[field] = new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
            }

            source[FieldNames.KeywordObject] = keywords;
        }

        if (document.Date is { } date)
        {
            source[FieldNames.Date] = FormatDate(date);
        }

        if (document.Location is { } location)
        {
            source[FieldNames.Location] = new JsonObject { ["lat"] = location.Latitude, ["lon"] = location.Longitude };
        }

        return source;
    }

    /// <summary>UTC with milliseconds, which the date mapping's default format (strict_date_optional_time) reads.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static GeoPoint? Location(JsonObject? source) =>
        source?[FieldNames.Location] is JsonObject point
        && point["lat"] is JsonValue lat && point["lon"] is JsonValue lon
        && lat.TryGetValue<double>(out var latitude) && lon.TryGetValue<double>(out var longitude)
            ? new GeoPoint(latitude, longitude)
            : null;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords(JsonObject? source)
    {
        var keywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (source?[FieldNames.KeywordObject] is JsonObject kw)
        {
            foreach (var (field, node) in kw)
            {
                keywords[field] = node switch
                {
                    JsonArray array => [.. array.OfType<JsonValue>().Select(value => value.ToString())],
                    JsonValue value => [value.ToString()],
                    _ => [],
                };
            }
        }

        return keywords;
    }

    /// <summary>The first value of the field in the language, else of the field in the first language stored.</summary>
    public static string? Text(JsonObject? source, string field, string language)
    {
        if (source is null)
        {
            return null;
        }

        if (source[FieldNames.Text(field, language)] is JsonValue exact)
        {
            return FirstPart(exact.ToString());
        }

        var prefix = field + "_";
        var first = source.FirstOrDefault(property =>
            property.Key.StartsWith(prefix, StringComparison.Ordinal)
            && SearchIndexes.Languages.Contains(property.Key[prefix.Length..])
            && property.Value is JsonValue);
        return first.Value is JsonValue value ? FirstPart(value.ToString()) : null;
    }

    private static string FirstPart(string joined)
    {
        var end = joined.IndexOf(TextSeparator, StringComparison.Ordinal);
        return end < 0 ? joined : joined[..end];
    }
}
