using LabourHub.Application.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Matching.ReviewRequests;

/// <summary>
/// Asking a person to review the automated ranking, and the case worker's answer. A worker sees only their own
/// requests; a case worker only those of workers assigned to them.
/// </summary>
public sealed class RankingReviewHandler(ILabourHubDbContext db, TimeProvider clock)
{
    /// <summary>Returns an error code, or null when the request is recorded (one open request at a time).</summary>
    public async Task<string?> AskAsync(string userId, string? message, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().Where(w => w.UserId == userId).Select(w => (WorkerId?)w.Id).FirstOrDefaultAsync(cancellationToken);
        if (worker is not { } id)
        {
            return "review.no_profile";
        }

        if (await db.RankingReviews.AnyAsync(r => r.WorkerId == id && r.AnsweredAt == null, cancellationToken))
        {
            return null; // already waiting for a person: asking again changes nothing
        }

        var request = RankingReviewRequest.Ask(id, message, clock.GetUtcNow());
        if (!request.IsSuccess)
        {
            return request.Error!.Code;
        }

        db.RankingReviews.Add(request.Value);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<ReviewRow>> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        return await db.RankingReviews.AsNoTracking().Where(r => mine.Contains(r.WorkerId))
            .OrderByDescending(r => r.RequestedAt)
            .Select(r => new ReviewRow(r.Id, r.WorkerId.Value, null, r.Message, r.RequestedAt, r.Answer, r.AnsweredAt))
            .Take(10)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewRow>> ForCaseWorkerAsync(string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var assigned = db.CaseAssignments.Where(c => c.CaseWorkerUserId == caseWorkerUserId).Select(c => c.WorkerId);
        return await (from r in db.RankingReviews.AsNoTracking()
                      join w in db.Workers.AsNoTracking() on r.WorkerId equals w.Id
                      where assigned.Contains(r.WorkerId)
                      orderby r.AnsweredAt == null descending, r.RequestedAt descending
                      select new ReviewRow(r.Id, w.Id.Value, w.DisplayName, r.Message, r.RequestedAt, r.Answer, r.AnsweredAt))
            .Take(200)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Returns an error code, or null when answered; "review.not_found" when the request is not on the caller's desk.</summary>
    public async Task<string?> AnswerAsync(string caseWorkerUserId, Guid requestId, string? answer, CancellationToken cancellationToken)
    {
        var assigned = db.CaseAssignments.Where(c => c.CaseWorkerUserId == caseWorkerUserId).Select(c => c.WorkerId);
        var request = await db.RankingReviews.FirstOrDefaultAsync(r => r.Id == requestId && assigned.Contains(r.WorkerId), cancellationToken);
        if (request is null)
        {
            return "review.not_found";
        }

        var answered = request.AnswerWith(caseWorkerUserId, answer, clock.GetUtcNow());
        if (!answered.IsSuccess)
        {
            return answered.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

/// <summary>One review request as its reader sees it (the name only for the case worker).</summary>
public sealed record ReviewRow(Guid Id, Guid WorkerId, string? WorkerName, string Message, DateTimeOffset RequestedAt, string? Answer, DateTimeOffset? AnsweredAt);
