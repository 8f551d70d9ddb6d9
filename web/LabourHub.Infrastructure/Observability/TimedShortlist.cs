using System.Diagnostics;
using LabourHub.Application.Matching.Shortlist;

namespace LabourHub.Infrastructure.Observability;

/// <summary>Times the employer's shortlist ranking into labourhub.matching.duration (direction shortlist).</summary>
internal sealed class TimedShortlist(Matching.ShortlistRanker inner, LabourHubMetrics metrics) : IShortlist
{
    public async Task<ShortlistResult?> RankAsync(Guid vacancyId, string callerUserId, int top, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await inner.RankAsync(vacancyId, callerUserId, top, cancellationToken);
            outcome = result is null ? "not_found" : "ok";
            return result;
        }
        finally
        {
            metrics.RecordMatching("shortlist", start, outcome);
        }
    }
}
