namespace LabourHub.Domain.Workers;

/// <summary>
/// The answers a person has given in the profile wizard before there is enough for a <see cref="Worker"/> (name,
/// nationality, protection status, province): kept so they can stop on a cheap phone and resume later on any device.
/// Deleted when the worker profile is created, and on erasure.
/// </summary>
public sealed class ProfileDraft
{
    private ProfileDraft()
    {
        UserId = string.Empty;
        Answers = string.Empty;
    }

    public string UserId { get; private set; }

    /// <summary>The answers, serialised by the application layer.</summary>
    public string Answers { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ProfileDraft Start(string userId, string answers, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new ProfileDraft { UserId = userId, Answers = answers, UpdatedAt = now };
    }

    public void Replace(string answers, DateTimeOffset now)
    {
        Answers = answers;
        UpdatedAt = now;
    }
}
