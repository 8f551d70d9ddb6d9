namespace LabourHub.Application.Matching.Shortlist;

/// <summary>The ranked, explained shortlist for one of the caller's vacancies (implemented in Infrastructure).</summary>
public interface IShortlist
{
    /// <returns>Null when the vacancy does not exist or is not the caller's business's (answered as 404).</returns>
    Task<ShortlistResult?> RankAsync(Guid vacancyId, string callerUserId, int top, CancellationToken cancellationToken);
}
