namespace LabourHub.Infrastructure.Matching;

/// <summary>The "Matching" configuration section: serving models and retraining them in the background.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>How often each process looks in the database for a newer promoted model (on its next ranking after this long).</summary>
    public TimeSpan ModelCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Run queued retraining runs in this process (never on the web role; one worker at a time through the model-retraining lease).</summary>
    public bool RunRetraining { get; set; } = true;

    /// <summary>How often the retraining job looks for a queued run.</summary>
    public TimeSpan RetrainingPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A running run whose heartbeat is older than this is failed as interrupted (its process died).</summary>
    public TimeSpan RetrainingStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A queued run no worker picked up within this is failed, so a new one can be started.</summary>
    public TimeSpan RetrainingQueueTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>LightGBM trees per model (fewer trains faster on small data).</summary>
    public int TrainingTrees { get; set; } = 300;
}
