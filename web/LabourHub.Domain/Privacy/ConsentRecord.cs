using LabourHub.Domain.Common;

namespace LabourHub.Domain.Privacy;

/// <summary>
/// One decision a person made about one purpose: given or withdrawn, under which notice version, when. Records are
/// never changed or deleted while the account exists; the latest per purpose is the person's current choice.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        UserId = string.Empty;
        NoticeVersion = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The identity server's user id (opaque to the domain).</summary>
    public string UserId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }
    public bool Granted { get; private set; }
    public string NoticeVersion { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static Result<ConsentRecord> Record(string userId, ConsentPurpose purpose, bool granted, string noticeVersion, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return Result<ConsentRecord>.Failure("consent.user");
        }

        if (!Enum.IsDefined(purpose))
        {
            return Result<ConsentRecord>.Failure("consent.purpose");
        }

        return Result<ConsentRecord>.Success(new ConsentRecord
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Purpose = purpose,
            Granted = granted,
            NoticeVersion = noticeVersion,
            RecordedAt = now,
        });
    }
}
