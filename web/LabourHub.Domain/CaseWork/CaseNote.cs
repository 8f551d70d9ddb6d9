using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.CaseWork;

/// <summary>
/// A case worker's note on a worker they are assigned to. Notes are for case workers only: never shown to employers,
/// and not edited after the fact (a correction is a new note).
/// </summary>
public sealed class CaseNote
{
    public const int MaxLength = 4000;

    private CaseNote()
    {
        AuthorUserId = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }
    public WorkerId WorkerId { get; private set; }
    public string AuthorUserId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }

    public static Result<CaseNote> Write(WorkerId worker, string authorUserId, string? body, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorUserId);
        var text = body?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return Result<CaseNote>.Failure("case_note.length");
        }

        return Result<CaseNote>.Success(new CaseNote { Id = Guid.NewGuid(), WorkerId = worker, AuthorUserId = authorUserId, Body = text, WrittenAt = now });
    }
}
