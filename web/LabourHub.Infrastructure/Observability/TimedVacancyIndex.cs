using System.Diagnostics;
using LabourHub.Application.Common;
using LabourHub.Application.Vacancies.SearchVacancies;

namespace LabourHub.Infrastructure.Observability;

/// <summary>Times vacancy searches into labourhub.search.duration (index vacancies; outcome ok, unavailable or error).</summary>
internal sealed class TimedVacancyIndex(Search.VacancyIndex inner, LabourHubMetrics metrics) : IVacancyIndex
{
    public async Task<VacancyIndexPage> SearchAsync(VacancySearchQuery query, string language, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var page = await inner.SearchAsync(query, language, cancellationToken);
            outcome = "ok";
            return page;
        }
        catch (SearchIndexUnavailableException)
        {
            outcome = "unavailable";
            throw;
        }
        finally
        {
            metrics.RecordSearch("vacancies", start, outcome);
        }
    }
}
