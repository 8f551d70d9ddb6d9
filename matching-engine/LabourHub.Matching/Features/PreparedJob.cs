using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>
/// What the fast path looks up once per vacancy and candidate pool instead of once per candidate: the vacancy's
/// essential, optional and ESCO-related skills as the pool's sorted skill ids (with the number of distinct skills
/// each list names, known to the pool or not), the required languages as pool ids, the road distance from every
/// province to the vacancy's, the offered wage, the day numbers and the text tokens. Built by
/// <see cref="FeatureExtractor.Prepare"/>; read-only and shared by all threads.
/// </summary>
public sealed class PreparedJob
{
    internal PreparedJob(JobProfile job, CandidatePool pool)
    {
        Job = job;
        Pool = pool;
    }

    public JobProfile Job { get; }

    public CandidatePool Pool { get; }

    internal int TodayDay { get; init; }
    internal int StartDay { get; init; }
    internal (int[] Ids, int Count) Essential { get; init; }
    internal (int[] Ids, int Count) Optional { get; init; }
    internal (int[] Ids, int Count) Related { get; init; }
    internal int[] LanguageIds { get; init; } = [];
    internal int[] LanguageMinimums { get; init; } = [];
    internal int[] DistanceRow { get; init; } = [];
    internal long OfferedKurus { get; init; }
    internal int[] TextTokens { get; init; } = [];
}
