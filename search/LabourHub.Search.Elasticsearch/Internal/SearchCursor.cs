using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>
/// The opaque "after" cursor: base64url of {"sort": n, "after": [the last hit's sort values]}, replayed as search_after.
/// The sort is kept so a cursor from one order is never replayed in another.
/// </summary>
internal static class SearchCursor
{
    private const string InvalidCursor = "The cursor is not one this search returned; start again from the first page.";

    public static string Encode(SearchSort sort, IEnumerable<FieldValue> sortValues)
    {
        var values = new JsonArray();
        foreach (var value in sortValues)
        {
            values.Add(ToNode(value));
        }

        var cursor = new JsonObject { ["sort"] = (int)sort, ["after"] = values };
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(cursor));
    }

    public static ICollection<FieldValue> Decode(string cursor, SearchSort sort)
    {
        try
        {
            var node = JsonNode.Parse(Base64Url.DecodeFromChars(cursor));
            if (node?["sort"] is JsonValue storedSort && storedSort.TryGetValue<int>(out var sortNumber) && sortNumber == (int)sort
                && node["after"] is JsonArray { Count: > 0 } after)
            {
                return [.. after.Select(FromNode)];
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw new InvalidSearchRequestException(InvalidCursor);
        }

        throw new InvalidSearchRequestException(InvalidCursor);
    }

    private static JsonNode? ToNode(FieldValue value)
    {
        if (value.TryGetString(out var text))
        {
            return JsonValue.Create(text);
        }

        if (value.TryGetLong(out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (value.TryGetDouble(out var number))
        {
            return JsonValue.Create(number);
        }

        if (value.TryGetBool(out var flag))
        {
            return JsonValue.Create(flag);
        }

        return null;
    }

    private static FieldValue FromNode(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return node is null ? FieldValue.Null : throw new FormatException("A sort value is not a scalar.");
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => FieldValue.String(value.GetValue<string>()),
            JsonValueKind.Number when value.TryGetValue<long>(out var whole) => FieldValue.Long(whole),
            JsonValueKind.Number => FieldValue.Double(value.GetValue<double>()),
            JsonValueKind.True => FieldValue.True,
            JsonValueKind.False => FieldValue.False,
            JsonValueKind.Null => FieldValue.Null,
            _ => throw new FormatException("A sort value is not a scalar."),
        };
    }
}
