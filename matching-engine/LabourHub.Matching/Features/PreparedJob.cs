using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>
/// What the fast path looks up once per vacancy instead of once per candidate: skill keys (the vacancy's essential
/// and optional skills and the ESCO-related ones beyond them), the required languages as arrays, the road distance
/// from every province to the vacancy's, the offered wage and the day numbers. Built by
/// <see cref="FeatureExtractor.Prepare"/>; read-only and shared by all threads.
/// </summary>
public sealed class PreparedJob
{
    internal PreparedJob(JobProfile job, DateOnly today, long[] related, int[] distanceRow)
    {
        Job = job;
        TodayDay = today.DayNumber;
        RelatedKeys = related;
        DistanceRow = distanceRow;
        LanguageCodes = [.. job.Languages.Keys];
        LanguageMinimums = [.. job.Languages.Values];
        OfferedKurus = Math.Max(job.WageMaxKurus, job.WageMinKurus);
    }

    public JobProfile Job { get; }

    internal int TodayDay { get; }
    internal long[] RelatedKeys { get; }
    internal int[] DistanceRow { get; }
    internal string[] LanguageCodes { get; }
    internal int[] LanguageMinimums { get; }
    internal long OfferedKurus { get; }
}
