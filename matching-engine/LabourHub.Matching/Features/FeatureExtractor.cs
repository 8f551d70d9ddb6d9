using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>
/// Turns a (job, candidate) pair into the feature vector of <see cref="FeatureSchema"/>. Two paths give identical
/// values (a test holds them together): <see cref="Extract"/>, the readable definition, one pair at a time; and
/// <see cref="Prepare"/> + <see cref="ExtractBlock"/>, which looks the vacancy up once and then fills a column-major
/// block of candidates from their precomputed skill keys and text tokens, for ranking a million candidates.
/// </summary>
public sealed class FeatureExtractor(IDistanceTable distances, IOccupationSkills? occupationSkills = null)
{
    private const int DistanceRowLength = 128;

    /// <summary>The ESCO relations the related-skill feature uses (empty: the feature is 0 for everyone).</summary>
    public IOccupationSkills OccupationSkills { get; } = occupationSkills ?? Inputs.OccupationSkills.Empty;

    public void Extract(JobProfile job, CandidateProfile candidate, DateOnly today, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(candidate);
        if (features.Length < FeatureSchema.Count)
        {
            throw new ArgumentException($"The feature buffer needs {FeatureSchema.Count} slots.", nameof(features));
        }

        features[FeatureSchema.OccupationProximity] = OccupationProximity(job.IscoCode, candidate.IscoCodes);
        features[FeatureSchema.EssentialSkillCoverage] = Coverage(job.EssentialSkills, candidate.Skills);
        features[FeatureSchema.OptionalSkillCoverage] = Coverage(job.OptionalSkills, candidate.Skills);
        var (met, gap) = LanguageFit(job.Languages, candidate.Languages);
        features[FeatureSchema.LanguagesMet] = met;
        features[FeatureSchema.LanguageGap] = gap;
        var km = distances.Kilometres(candidate.ProvinceCode, job.ProvinceCode);
        features[FeatureSchema.DistanceHundredsKm] = km / 100f;
        features[FeatureSchema.LocationFit] = LocationFit(km, candidate.WillingToRelocate);
        features[FeatureSchema.Experience] = Math.Min(candidate.ExperienceYears, 30);
        features[FeatureSchema.Education] = candidate.EducationRank;
        features[FeatureSchema.WageFit] = WageFit(Math.Max(job.WageMaxKurus, job.WageMinKurus), candidate.WageExpectationKurus);
        features[FeatureSchema.AvailabilityLag] = AvailabilityLag(candidate.AvailableFrom.DayNumber, job.StartsOn.DayNumber);
        features[FeatureSchema.PermitReadiness] = Readiness(candidate.PermitReadiness);
        features[FeatureSchema.ProfileRecency] = Recency(today.DayNumber, candidate.UpdatedAt);
        var beyond = job.EssentialSkills.Concat(job.OptionalSkills).ToHashSet(StringComparer.Ordinal);
        var related = OccupationSkills.EssentialFor(job.IscoCode).Where(s => !beyond.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        features[FeatureSchema.RelatedSkillCoverage] = related.Count == 0 ? 0f : related.Count(candidate.Skills.Contains) / (float)related.Count;
        features[FeatureSchema.TextRelevance] = TextTokens.Overlap(TextTokens.Of(job.Text), TextTokens.Of(candidate.Text));
    }

    /// <summary>The per-vacancy lookups of the fast path: build once, share between threads.</summary>
    public PreparedJob Prepare(JobProfile job, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(job);
        var beyond = new HashSet<long>(job.EssentialKeys);
        beyond.UnionWith(job.OptionalKeys);
        var related = SkillKeys.Of(OccupationSkills.EssentialFor(job.IscoCode)).Where(k => !beyond.Contains(k)).ToArray();
        var row = new int[DistanceRowLength];
        for (var province = 0; province < row.Length; province++)
        {
            row[province] = distances.Kilometres(province, job.ProvinceCode);
        }

        return new PreparedJob(job, today, related, row);
    }

    /// <summary>
    /// Fills the features of <paramref name="count"/> candidates from <paramref name="from"/> column-major: feature f
    /// of the r-th candidate at <c>columns[f * stride + r]</c>. No allocation.
    /// </summary>
    public void ExtractBlock(PreparedJob prepared, IReadOnlyList<CandidateProfile> candidates, int from, int count, Span<float> columns, int stride)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(candidates);
        if (count > stride || columns.Length < FeatureSchema.Count * stride)
        {
            throw new ArgumentException("The block buffer is too small.", nameof(columns));
        }

        var job = prepared.Job;
        var startsOn = job.StartsOn.DayNumber;
        for (var r = 0; r < count; r++)
        {
            var candidate = candidates[from + r];
            var keys = candidate.SkillKeys;
            columns[(FeatureSchema.OccupationProximity * stride) + r] = OccupationProximity(job.IscoCode, candidate.IscoCodes);
            columns[(FeatureSchema.EssentialSkillCoverage * stride) + r] = KeyCoverage(job.EssentialKeys, keys, 1f);
            columns[(FeatureSchema.OptionalSkillCoverage * stride) + r] = KeyCoverage(job.OptionalKeys, keys, 1f);
            var (met, gap) = LanguageFit(prepared.LanguageCodes, prepared.LanguageMinimums, candidate.Languages);
            columns[(FeatureSchema.LanguagesMet * stride) + r] = met;
            columns[(FeatureSchema.LanguageGap * stride) + r] = gap;
            var province = candidate.ProvinceCode;
            var km = (uint)province < (uint)prepared.DistanceRow.Length ? prepared.DistanceRow[province] : distances.Kilometres(province, job.ProvinceCode);
            columns[(FeatureSchema.DistanceHundredsKm * stride) + r] = km / 100f;
            columns[(FeatureSchema.LocationFit * stride) + r] = LocationFit(km, candidate.WillingToRelocate);
            columns[(FeatureSchema.Experience * stride) + r] = Math.Min(candidate.ExperienceYears, 30);
            columns[(FeatureSchema.Education * stride) + r] = candidate.EducationRank;
            columns[(FeatureSchema.WageFit * stride) + r] = WageFit(prepared.OfferedKurus, candidate.WageExpectationKurus);
            columns[(FeatureSchema.AvailabilityLag * stride) + r] = AvailabilityLag(candidate.AvailableFrom.DayNumber, startsOn);
            columns[(FeatureSchema.PermitReadiness * stride) + r] = Readiness(candidate.PermitReadiness);
            columns[(FeatureSchema.ProfileRecency * stride) + r] = Recency(prepared.TodayDay, candidate.UpdatedAt);
            columns[(FeatureSchema.RelatedSkillCoverage * stride) + r] = KeyCoverage(prepared.RelatedKeys, keys, 0f);
            columns[(FeatureSchema.TextRelevance * stride) + r] = TextTokens.Overlap(job.TextTokens, candidate.TextTokens);
        }
    }

    /// <summary>1 for the same ISCO-08 unit group, then 0.75, 0.5, 0.25 for a shared minor, sub-major, major group.</summary>
    public static float OccupationProximity(string wanted, IReadOnlyList<string> has)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(has);
        var best = 0;
        for (var i = 0; i < has.Count; i++)
        {
            var code = has[i];
            var shared = 0;
            while (shared < code.Length && shared < wanted.Length && code[shared] == wanted[shared])
            {
                shared++;
            }

            best = Math.Max(best, shared);
        }

        return best / 4f;
    }

    /// <summary>Share of the wanted skills (each counted once) the person has; 1 when nothing is wanted.</summary>
    private static float Coverage(IReadOnlyList<string> wanted, IReadOnlySet<string> has)
    {
        var distinct = wanted.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? 1f : distinct.Count(has.Contains) / (float)distinct.Count;
    }

    private static float KeyCoverage(long[] wanted, long[] has, float whenNothingWanted)
    {
        if (wanted.Length == 0)
        {
            return whenNothingWanted;
        }

        int found;
        if (wanted.Length <= 8)
        {
            found = SkillKeys.CountShared(wanted, has);
        }
        else
        {
            found = 0;
            int i = 0, j = 0;
            while (i < wanted.Length && j < has.Length)
            {
                var a = wanted[i];
                var b = has[j];
                found += a == b ? 1 : 0;
                i += a <= b ? 1 : 0;
                j += b <= a ? 1 : 0;
            }
        }

        return found / (float)wanted.Length;
    }

    /// <summary>Share of required languages met, and the worst shortfall in CEFR levels (0 when all are met).</summary>
    private static (float Met, float Gap) LanguageFit(IReadOnlyDictionary<string, int> required, IReadOnlyDictionary<string, int> spoken)
    {
        if (required.Count == 0)
        {
            return (1f, 0f);
        }

        var met = 0;
        var worst = 0;
        foreach (var (language, minimum) in required)
        {
            var level = spoken.TryGetValue(language, out var l) ? l : 0;
            if (level >= minimum)
            {
                met++;
            }
            else
            {
                worst = Math.Max(worst, minimum - level);
            }
        }

        return (met / (float)required.Count, worst);
    }

    private static (float Met, float Gap) LanguageFit(string[] codes, int[] minimums, IReadOnlyDictionary<string, int> spoken)
    {
        if (codes.Length == 0)
        {
            return (1f, 0f);
        }

        var met = 0;
        var worst = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            var level = spoken.TryGetValue(codes[i], out var l) ? l : 0;
            if (level >= minimums[i])
            {
                met++;
            }
            else
            {
                worst = Math.Max(worst, minimums[i] - level);
            }
        }

        return (met / (float)codes.Length, worst);
    }

    private static float LocationFit(int km, bool willingToRelocate) => km == 0 ? 1f : willingToRelocate ? 0.5f : 0f;

    private static float AvailabilityLag(int availableDay, int startDay) => Math.Clamp(availableDay - startDay, 0, 365) / 30f;

    private static float Readiness(PermitReadiness readiness) => readiness switch
    {
        PermitReadiness.Ready => 1f,
        PermitReadiness.Later => 0.5f,
        _ => 0f,
    };

    private static float Recency(int todayDay, DateTimeOffset updatedAt) =>
        Math.Clamp(todayDay - DateOnly.FromDateTime(updatedAt.UtcDateTime).DayNumber, 0, 3650) / 365f;

    /// <summary>Positive when the job pays above what the person asks (share of the asked wage), negative below.</summary>
    private static float WageFit(long offered, long expectation)
    {
        if (expectation <= 0)
        {
            return 0f;
        }

        return Math.Clamp((offered - expectation) / (float)expectation, -1f, 1f);
    }
}
