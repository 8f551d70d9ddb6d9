using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>
/// Turns a (job, candidate) pair into the feature vector of <see cref="FeatureSchema"/>. Two paths give identical
/// values (a test holds them together): <see cref="Extract"/>, the readable definition, one pair at a time; and
/// <see cref="Prepare"/> + <see cref="ExtractBlock"/>, which looks the vacancy up once and then fills a column-major
/// block of candidates from a <see cref="CandidatePool"/> (skill ids, text tokens, packed columns), for ranking a
/// million candidates.
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

    /// <summary>The per-vacancy lookups of the fast path for one candidate pool: build once, share between threads.</summary>
    public PreparedJob Prepare(JobProfile job, DateOnly today, CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(pool);
        var essential = job.EssentialSkills.Distinct(StringComparer.Ordinal).ToList();
        var optional = job.OptionalSkills.Distinct(StringComparer.Ordinal).ToList();
        var beyond = essential.Concat(optional).ToHashSet(StringComparer.Ordinal);
        var related = OccupationSkills.EssentialFor(job.IscoCode).Where(s => !beyond.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var row = new int[DistanceRowLength];
        for (var province = 0; province < row.Length; province++)
        {
            row[province] = distances.Kilometres(province, job.ProvinceCode);
        }

        var occupations = new float[pool.IscoCodes.Count()];
        foreach (var (code, id) in pool.IscoCodes)
        {
            occupations[id] = OccupationProximity(job.IscoCode, [code]);
        }

        var flags = new byte[pool.SkillVocabularySize];
        Flag(essential, 1);
        Flag(optional, 2);
        Flag(related, 4);
        return new PreparedJob(job, pool)
        {
            TodayDay = today.DayNumber,
            StartDay = job.StartsOn.DayNumber,
            SkillFlags = flags,
            OccupationProximity = occupations,
            EssentialCount = essential.Count,
            OptionalCount = optional.Count,
            RelatedCount = related.Count,
            LanguageIds = [.. job.Languages.Keys.Select(pool.LanguageId)],
            LanguageMinimums = [.. job.Languages.Values],
            DistanceRow = row,
            OfferedKurus = Math.Max(job.WageMaxKurus, job.WageMinKurus),
            TextTokens = TextTokens.Of(job.Text),
        };

        void Flag(List<string> uris, byte bit)
        {
            foreach (var id in uris.Select(pool.SkillId).Where(id => id >= 0))
            {
                flags[id] |= bit;
            }
        }
    }

    /// <summary>
    /// Fills the features of the pool's candidates at <paramref name="indices"/> column-major: feature f of
    /// <c>indices[r]</c> at <c>columns[f * stride + r]</c>. No allocation.
    /// </summary>
    public void ExtractBlock(PreparedJob prepared, ReadOnlySpan<int> indices, Span<float> columns, int stride)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var count = indices.Length;
        if (count > stride || columns.Length < FeatureSchema.Count * stride)
        {
            throw new ArgumentException("The block buffer is too small.", nameof(columns));
        }

        var pool = prepared.Pool;
        var job = prepared.Job;
        var flags = prepared.SkillFlags;
        var occupations = prepared.OccupationProximity;
        for (var r = 0; r < count; r++)
        {
            var i = indices[r];
            var skills = pool.Skills.AsSpan(pool.SkillStart[i], pool.SkillStart[i + 1] - pool.SkillStart[i]);
            var proximity = 0f;
            for (var o = pool.IscoStart[i]; o < pool.IscoStart[i + 1]; o++)
            {
                proximity = Math.Max(proximity, occupations[pool.Isco[o]]);
            }

            columns[(FeatureSchema.OccupationProximity * stride) + r] = proximity;
            int essential = 0, optional = 0, related = 0;
            foreach (var id in skills)
            {
                var flag = flags[id];
                essential += flag & 1;
                optional += (flag >> 1) & 1;
                related += (flag >> 2) & 1;
            }

            columns[(FeatureSchema.EssentialSkillCoverage * stride) + r] = prepared.EssentialCount == 0 ? 1f : essential / (float)prepared.EssentialCount;
            columns[(FeatureSchema.OptionalSkillCoverage * stride) + r] = prepared.OptionalCount == 0 ? 1f : optional / (float)prepared.OptionalCount;
            var (met, gap) = LanguageFit(prepared, pool, i);
            columns[(FeatureSchema.LanguagesMet * stride) + r] = met;
            columns[(FeatureSchema.LanguageGap * stride) + r] = gap;
            var province = pool.Province[i];
            var km = (uint)province < (uint)prepared.DistanceRow.Length ? prepared.DistanceRow[province] : distances.Kilometres(province, job.ProvinceCode);
            columns[(FeatureSchema.DistanceHundredsKm * stride) + r] = km / 100f;
            columns[(FeatureSchema.LocationFit * stride) + r] = LocationFit(km, pool.Willing[i]);
            columns[(FeatureSchema.Experience * stride) + r] = Math.Min(pool.Experience[i], 30);
            columns[(FeatureSchema.Education * stride) + r] = pool.Education[i];
            columns[(FeatureSchema.WageFit * stride) + r] = WageFit(prepared.OfferedKurus, pool.Wage[i]);
            columns[(FeatureSchema.AvailabilityLag * stride) + r] = AvailabilityLag(pool.AvailableDay[i], prepared.StartDay);
            columns[(FeatureSchema.PermitReadiness * stride) + r] = Readiness(pool.Permit[i]);
            columns[(FeatureSchema.ProfileRecency * stride) + r] = Math.Clamp(prepared.TodayDay - pool.UpdatedDay[i], 0, 3650) / 365f;
            columns[(FeatureSchema.RelatedSkillCoverage * stride) + r] = prepared.RelatedCount == 0 ? 0f : related / (float)prepared.RelatedCount;
            columns[(FeatureSchema.TextRelevance * stride) + r] = TextTokens.Overlap(prepared.TextTokens, pool.Text.AsSpan(pool.TextStart[i], pool.TextStart[i + 1] - pool.TextStart[i]));
        }
    }

    /// <summary>1 for the same ISCO-08 unit group, then 0.75, 0.5, 0.25 for a shared minor, sub-major, major group.</summary>
    public static float OccupationProximity(string wanted, IReadOnlyList<string> has)
    {
        ArgumentNullException.ThrowIfNull(has);
        return OccupationProximity(wanted, has is string[] array ? array : [.. has]);
    }

    private static float OccupationProximity(string wanted, ReadOnlySpan<string> has)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var best = 0;
        for (var i = 0; i < has.Length; i++)
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

    private static (float Met, float Gap) LanguageFit(PreparedJob prepared, CandidatePool pool, int candidate)
    {
        var ids = prepared.LanguageIds;
        if (ids.Length == 0)
        {
            return (1f, 0f);
        }

        var spoken = pool.Languages.AsSpan(pool.LanguageStart[candidate], pool.LanguageStart[candidate + 1] - pool.LanguageStart[candidate]);
        var levels = pool.Levels.AsSpan(pool.LanguageStart[candidate], spoken.Length);
        var met = 0;
        var worst = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var level = 0;
            var at = ids[i] < 0 ? -1 : spoken.IndexOf(ids[i]);
            if (at >= 0)
            {
                level = levels[at];
            }

            var minimum = prepared.LanguageMinimums[i];
            if (level >= minimum)
            {
                met++;
            }
            else
            {
                worst = Math.Max(worst, minimum - level);
            }
        }

        return (met / (float)ids.Length, worst);
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
