using System.Text.Json.Nodes;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch.Internal;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>The committed templates (embedded from infra/elasticsearch) and how the provider applies them under its prefix.</summary>
[Trait("Capability", "Search")]
public sealed class ElasticsearchIndexTemplatesTests
{
    private const string Acknowledged = """{"acknowledged":true}""";

    [Fact]
    public void Files_Embedded_HoldOneComponentTemplateAndOneIndexTemplatePerIndex()
    {
        var names = IndexTemplates.Files().Select(file => file.Name).ToList();

        Assert.Equal(
            ["analysis.component-template.json", "candidates.index-template.json", "occupations.index-template.json", "vacancies.index-template.json"],
            names);
        foreach (var index in SearchIndexes.All)
        {
            var template = Template($"{index}.index-template.json");
            JsonAssert.Equal($"""["labourhub-{index}"]""", template["index_patterns"]!.ToJsonString());
            JsonAssert.Equal("""["labourhub-analysis"]""", template["composed_of"]!.ToJsonString());
        }
    }

    [Fact]
    public void AnalysisTemplate_FoldedAnalyser_LowersTurkishThenFoldsDiacritics()
    {
        var analysis = Template("analysis.component-template.json")["template"]!["settings"]!["analysis"]!;

        JsonAssert.Equal(
            """["lh_turkish_lowercase", "lowercase", "arabic_normalization", "persian_normalization", "asciifolding"]""",
            analysis["analyzer"]!["lh_folded"]!["filter"]!.ToJsonString());
        JsonAssert.Equal("""{ "type": "lowercase", "language": "turkish" }""", analysis["filter"]!["lh_turkish_lowercase"]!.ToJsonString());
        JsonAssert.Equal(
            """["apostrophe", "lh_turkish_lowercase", "lh_turkish_stop", "lh_turkish_stemmer"]""",
            analysis["analyzer"]!["lh_tr"]!["filter"]!.ToJsonString());
        Assert.Equal("arabic", (string?)analysis["analyzer"]!["lh_ar"]!["type"]);
        Assert.Equal("persian", (string?)analysis["analyzer"]!["lh_fa"]!["type"]);
        Assert.Equal("english", (string?)analysis["analyzer"]!["lh_en"]!["type"]);
    }

    [Fact]
    public void AnalysisTemplate_Mappings_TextPerLanguageWithFoldedSubfieldKeywordsDateAndGeoPoint()
    {
        var mappings = Template("analysis.component-template.json")["template"]!["mappings"]!;
        var dynamic = mappings["dynamic_templates"]!.AsArray().Select(node => node!.AsObject().Single()).ToDictionary(pair => pair.Key, pair => pair.Value!);

        JsonAssert.Equal("""{ "path_match": "kw.*", "mapping": { "type": "keyword" } }""", dynamic["keywords"].ToJsonString());
        foreach (var language in SearchIndexes.Languages)
        {
            JsonAssert.Equal(
                $$"""
                {
                  "match_mapping_type": "string",
                  "match": "*_{{language}}",
                  "mapping": { "type": "text", "analyzer": "lh_{{language}}", "fields": { "folded": { "type": "text", "analyzer": "lh_folded" } } }
                }
                """,
                dynamic[$"texts_{language}"].ToJsonString());
        }

        Assert.Equal("date", (string?)mappings["properties"]!["date"]!["type"]);
        Assert.Equal("geo_point", (string?)mappings["properties"]!["location"]!["type"]);
        Assert.Equal("keyword", (string?)mappings["properties"]!["id"]!["type"]);
    }

    [Fact]
    public async Task EnsureIndexTemplatesAsync_FreshCluster_PutsPrefixedTemplatesThenCreatesTheMissingIndexes()
    {
        var invoker = new RecordingInvoker((request, _) => request switch
        {
            { Method: "HEAD", PathAndQuery: "run7-candidates" } => new CannedResponse(200, string.Empty),
            { Method: "HEAD" } => new CannedResponse(404, string.Empty),
            { Method: "PUT", PathAndQuery: var path } when !path.StartsWith('_') => CannedResponse.Ok($$"""{"acknowledged":true,"shards_acknowledged":true,"index":"{{path}}"}"""),
            _ => CannedResponse.Ok(Acknowledged),
        });
        var cluster = new FakeCluster(invoker, options => options.IndexPrefix = "run7-");

        await cluster.Engine.EnsureIndexTemplatesAsync(CancellationToken.None);

        Assert.Equal(
            [
                "PUT _component_template/run7-analysis",
                "PUT _index_template/run7-candidates",
                "PUT _index_template/run7-occupations",
                "PUT _index_template/run7-vacancies",
                "HEAD run7-vacancies",
                "PUT run7-vacancies",
                "HEAD run7-candidates",
                "HEAD run7-occupations",
                "PUT run7-occupations",
            ],
            invoker.Requests.Select(request => $"{request.Method} {request.PathAndQuery}"));
        var vacancies = JsonNode.Parse(invoker.Requests[3].Body!)!;
        JsonAssert.Equal("""["run7-vacancies"]""", vacancies["index_patterns"]!.ToJsonString());
        JsonAssert.Equal("""["run7-analysis"]""", vacancies["composed_of"]!.ToJsonString());
        JsonAssert.Equal(IndexTemplates.Files()[0].Json, invoker.Requests[0].Body);
    }

    [Fact]
    public async Task EnsureIndexTemplatesAsync_IndexCreatedMeanwhile_IsFine()
    {
        var invoker = new RecordingInvoker((request, _) => request.Method switch
        {
            "HEAD" => new CannedResponse(404, string.Empty),
            "PUT" when !request.PathAndQuery.StartsWith('_') => CannedResponse.Error(400, "resource_already_exists_exception"),
            _ => CannedResponse.Ok(Acknowledged),
        });
        var cluster = new FakeCluster(invoker);

        await cluster.Engine.EnsureIndexTemplatesAsync(CancellationToken.None);

        Assert.Equal(10, invoker.Requests.Count);
    }

    private static JsonObject Template(string fileName) =>
        JsonNode.Parse(IndexTemplates.Files().Single(file => file.Name == fileName).Json)!.AsObject();
}
