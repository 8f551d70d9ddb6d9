using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>Compares JSON by meaning (JsonNode.DeepEquals: property order ignored, array order kept).</summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            Assert.Fail($"JSON differs.\nExpected:\n{expectedNode?.ToJsonString(Indented)}\nActual:\n{actualNode?.ToJsonString(Indented)}");
        }
    }

    /// <summary>Compares an NDJSON body (bulk) line by line.</summary>
    public static void LinesEqual(IReadOnlyList<string> expectedLines, string? actual)
    {
        Assert.NotNull(actual);
        var actualLines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedLines.Count, actualLines.Length);
        for (var i = 0; i < expectedLines.Count; i++)
        {
            Equal(expectedLines[i], actualLines[i]);
        }
    }
}
