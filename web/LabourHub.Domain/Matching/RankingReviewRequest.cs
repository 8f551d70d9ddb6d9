using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Matching;

/// <summary>
/// A worker's request that a person review the ranking a computer made for them (KVKK Art. 11(1)(g): the right to
/// object to a result reached by automated processing alone). Handled by a case worker assigned to the worker, whose
/// answer the worker reads.
/// </summary>
public sealed class RankingReviewRequest
{
    public const int MaxLength = 1000;

    private RankingReviewRequest()
    {
        Message = string.Empty;
    }

    public Guid Id { get; private set; }
    public WorkerId WorkerId { get; private set; }

    /// <summary>What the worker wrote (may be empty: asking is enough).</summary>
    public string Message { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public string? Answer { get; private set; }

    public static Result<RankingReviewRequest> Ask(WorkerId worker, string? message, DateTimeOffset now)
    {
        var text = message?.Trim() ?? string.Empty;
        return text.Length > MaxLength
            ? Result<RankingReviewRequest>.Failure("review.length")
            : Result<RankingReviewRequest>.Success(new RankingReviewRequest { Id = Guid.CreateVersion7(), WorkerId = worker, Message = text, RequestedAt = now });
    }

    public Result<RankingReviewRequest> AnswerWith(string caseWorkerUserId, string? answer, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseWorkerUserId);
        var text = answer?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return Result<RankingReviewRequest>.Failure("review.answer");
        }

        if (AnsweredAt is not null)
        {
            return Result<RankingReviewRequest>.Failure("review.answered");
        }

        AnsweredAt = now;
        AnsweredBy = caseWorkerUserId;
        Answer = text;
        return Result<RankingReviewRequest>.Success(this);
    }
}
