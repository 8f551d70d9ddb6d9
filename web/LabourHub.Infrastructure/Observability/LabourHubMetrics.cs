using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LabourHub.Infrastructure.Observability;

/// <summary>
/// The "LabourHub" meter: how long matching and search take, in seconds, tagged with what ran and how it ended.
/// Tags are fixed words (never ids, queries or names), so the series stay few and carry no personal data.
/// </summary>
public sealed class LabourHubMetrics
{
    public const string MeterName = "LabourHub";

    private readonly Histogram<double> _matching;
    private readonly Histogram<double> _search;

    public LabourHubMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _matching = meter.CreateHistogram<double>(
            "labourhub.matching.duration", "s", "Time to rank and explain a shortlist or a worker's jobs-for-you list",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Boundaries });
        _search = meter.CreateHistogram<double>(
            "labourhub.search.duration", "s", "Time for one search-engine query (vacancies, candidates)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Boundaries });
    }

    private static readonly double[] Boundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    /// <summary>direction: shortlist or jobs_for_worker.</summary>
    public void RecordMatching(string direction, long startTimestamp, string outcome) =>
        _matching.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
            new KeyValuePair<string, object?>("labourhub.matching.direction", direction),
            new KeyValuePair<string, object?>("labourhub.outcome", outcome));

    /// <summary>index: vacancies or candidates.</summary>
    public void RecordSearch(string index, long startTimestamp, string outcome) =>
        _search.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
            new KeyValuePair<string, object?>("labourhub.search.index", index),
            new KeyValuePair<string, object?>("labourhub.outcome", outcome));
}
