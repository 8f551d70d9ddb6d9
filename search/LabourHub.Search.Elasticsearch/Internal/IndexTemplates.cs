using System.Reflection;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using LabourHub.Search.Contract;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>
/// Applies the committed templates (infra/elasticsearch, embedded in this assembly) under the configured prefix, then
/// creates the indexes that do not exist yet. Files named "x.component-template.json" become the component template
/// "{prefix}x"; files named "y.index-template.json" become the index template "{prefix}y" for the index "{prefix}y".
/// </summary>
internal sealed class IndexTemplates(ElasticsearchClient client, ElasticsearchSearchOptions options, ResilientCaller caller)
{
    public const string ResourcePrefix = "LabourHub.Search.Elasticsearch.Templates.";
    public const string ComponentSuffix = ".component-template.json";
    public const string IndexSuffix = ".index-template.json";

    /// <summary>The prefix the committed files are written with, so they can also be applied by hand.</summary>
    public const string CommittedPrefix = "labourhub-";

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var files = Files();
        foreach (var (stem, json) in files.Where(f => f.Name.EndsWith(ComponentSuffix, StringComparison.Ordinal)).Select(f => (Stem(f.Name, ComponentSuffix), f.Json)))
        {
            await PutAsync($"_component_template/{options.IndexPrefix}{stem}", json, cancellationToken);
        }

        foreach (var (stem, json) in files.Where(f => f.Name.EndsWith(IndexSuffix, StringComparison.Ordinal)).Select(f => (Stem(f.Name, IndexSuffix), f.Json)))
        {
            await PutAsync($"_index_template/{options.IndexPrefix}{stem}", Rewrite(json, stem), cancellationToken);
        }

        foreach (var index in SearchIndexes.All)
        {
            var name = options.IndexPrefix + index;
            var exists = await caller.RunAsync(
                "index check",
                token => client.Indices.ExistsAsync(name, token),
                cancellationToken,
                acceptFailure: response => response.ApiCallDetails.HttpStatusCode == 404);
            if (!exists.Exists)
            {
                await caller.RunAsync(
                    "index creation",
                    token => client.Indices.CreateAsync(name, token),
                    cancellationToken,
                    acceptFailure: response => ResilientCaller.ErrorType(response) == "resource_already_exists_exception");
            }
        }
    }

    /// <summary>The embedded template files, by resource name without the prefix, in name order.</summary>
    public static IReadOnlyList<(string Name, string Json)> Files()
    {
        var assembly = typeof(IndexTemplates).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[ResourcePrefix.Length..], Read(assembly, name)))];
    }

    /// <summary>Points the index template at "{prefix}{stem}" and at the prefixed component templates.</summary>
    public string Rewrite(string json, string stem)
    {
        var template = JsonNode.Parse(json)!.AsObject();
        template["index_patterns"] = new JsonArray(options.IndexPrefix + stem);
        if (template["composed_of"] is JsonArray composedOf)
        {
            template["composed_of"] = new JsonArray([.. composedOf.Select(name => (JsonNode?)Prefixed(name!.GetValue<string>()))]);
        }

        return template.ToJsonString();
    }

    private string Prefixed(string committedName) =>
        committedName.StartsWith(CommittedPrefix, StringComparison.Ordinal)
            ? options.IndexPrefix + committedName[CommittedPrefix.Length..]
            : committedName;

    private async Task PutAsync(string path, string json, CancellationToken cancellationToken) =>
        await caller.RunAsync(
            "template update",
            token => client.Transport.RequestAsync<StringResponse>(HttpMethod.PUT, path, PostData.String(json), token),
            cancellationToken);

    private static string Stem(string fileName, string suffix) => fileName[..^suffix.Length];

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
