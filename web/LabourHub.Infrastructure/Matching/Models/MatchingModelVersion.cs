namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// One trained ranking model, kept in the database every replica shares: the ML.NET zip and the engine's manifest
/// (schema hash, metrics, promotion) as <c>ModelStore</c> wrote them under <c>{DataFolder}/models</c>. The newest
/// promoted version whose schema hash matches the engine's is the one that serves.
/// </summary>
public sealed class MatchingModelVersion
{
    private MatchingModelVersion()
    {
        Version = string.Empty;
        SchemaHash = string.Empty;
        Decision = string.Empty;
        ManifestJson = string.Empty;
        Content = [];
    }

    public MatchingModelVersion(string version, DateTimeOffset createdAt, string schemaHash, int trainingRows, int groups, bool promoted, string decision, string manifestJson, byte[] content, Guid? runId)
    {
        Version = version;
        CreatedAt = createdAt;
        SchemaHash = schemaHash;
        TrainingRows = trainingRows;
        Groups = groups;
        Promoted = promoted;
        Decision = decision;
        ManifestJson = manifestJson;
        Content = content;
        RunId = runId;
    }

    /// <summary>yyyyMMddTHHmmssfffZ: sorts by time.</summary>
    public string Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string SchemaHash { get; private set; }

    public int TrainingRows { get; private set; }

    public int Groups { get; private set; }

    public bool Promoted { get; private set; }

    /// <summary>"promoted" or "not_better".</summary>
    public string Decision { get; private set; }

    /// <summary>The engine's manifest (model.zip.json) as written.</summary>
    public string ManifestJson { get; private set; }

    /// <summary>The ML.NET model zip.</summary>
    public byte[] Content { get; private set; }

    public Guid? RunId { get; private set; }
}
