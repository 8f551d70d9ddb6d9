using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>
/// What the fast path looks up once per vacancy and candidate pool instead of once per candidate: a flag table over
/// the pool's skill ids saying which the vacancy wants as essential or optional and which ESCO relates to its
/// occupation (with the number of distinct skills each list names, known to the pool or not), the required languages as pool ids, the road distance from every
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

    /// <summary>Per pool occupation id: the occupation proximity of that ISCO-08 code to the vacancy's.</summary>
    internal float[] OccupationProximity { get; init; } = [];

    internal int TodayDay { get; init; }
    internal int StartDay { get; init; }
    /// <summary>Per pool skill id: bit 0 the vacancy wants it as essential, bit 1 as optional, bit 2 ESCO relates it.</summary>
    internal byte[] SkillFlags { get; init; } = [];

    /// <summary>How many distinct skills each list names (the denominators), whether the pool knows them or not.</summary>
    internal int EssentialCount { get; init; }
    internal int OptionalCount { get; init; }
    internal int RelatedCount { get; init; }
    internal int[] LanguageIds { get; init; } = [];
    internal int[] LanguageMinimums { get; init; } = [];
    internal int[] DistanceRow { get; init; } = [];
    internal long OfferedKurus { get; init; }
    internal int[] TextTokens { get; init; } = [];
}
