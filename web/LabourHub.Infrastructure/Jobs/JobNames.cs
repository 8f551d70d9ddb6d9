namespace LabourHub.Infrastructure.Jobs;

/// <summary>The names background jobs hold leases under (rows of JobLeases).</summary>
public static class JobNames
{
    public const string SearchIndexer = "search-indexer";
    public const string NotificationMail = "notification-mail";
    public const string TokenPruning = "token-pruning";
    public const string WorkflowSweep = "workflow-sweep";
    public const string SupportMilestones = "support-milestones";
    public const string ModelRetraining = "model-retraining";
}
