namespace LabourHub.Infrastructure.Search;

/// <summary>
/// "This record changed; bring the index in step." Written by the same SaveChanges (so the same transaction) as the
/// change itself, read by <see cref="SearchIndexer"/>. It names the record, never its content: the indexer reads the
/// current state, so replaying a message is harmless and an erased person's data never sits in the outbox.
/// </summary>
public sealed class SearchOutboxMessage
{
    public long Id { get; private set; }

    /// <summary>vacancy, worker or employer (an employer change re-indexes its vacancies).</summary>
    public string Topic { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public static SearchOutboxMessage For(string topic, Guid entityId, DateTimeOffset now) => new()
    {
        Topic = topic,
        EntityId = entityId.ToString("D"),
        CreatedAt = now,
    };

    public void MarkProcessed(DateTimeOffset now) => ProcessedAt = now;

    public void MarkFailedAttempt() => Attempts++;
}

public static class SearchTopics
{
    public const string Vacancy = "vacancy";
    public const string Worker = "worker";
    public const string Employer = "employer";
}
