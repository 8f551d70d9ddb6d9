using System.Diagnostics;
using LabourHub.Application.Common;
using LabourHub.Application.Employers.SearchCandidates;

namespace LabourHub.Infrastructure.Observability;

/// <summary>Times candidate searches into labourhub.search.duration (index candidates).</summary>
internal sealed class TimedCandidateIndex(Search.CandidateIndex inner, LabourHubMetrics metrics) : ICandidateIndex
{
    public async Task<(long Total, IReadOnlyList<(Guid WorkerId, double? DistanceKm)> Hits)> SearchAsync(
        CandidateSearchQuery query, CandidateAccess access, string language, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await inner.SearchAsync(query, access, language, cancellationToken);
            outcome = "ok";
            return result;
        }
        catch (SearchIndexUnavailableException)
        {
            outcome = "unavailable";
            throw;
        }
        finally
        {
            metrics.RecordSearch("candidates", start, outcome);
        }
    }
}
