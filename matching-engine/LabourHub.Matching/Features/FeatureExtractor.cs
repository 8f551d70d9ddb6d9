using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Features;

/// <summary>Turns a (job, candidate) pair into the feature vector of <see cref="FeatureSchema"/>. Allocation-free.</summary>
public sealed class FeatureExtractor(IDistanceTable distances)
{
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
        features[FeatureSchema.LocationFit] = km == 0 ? 1f : candidate.WillingToRelocate ? 0.5f : 0f;
        features[FeatureSchema.Experience] = Math.Min(candidate.ExperienceYears, 30);
        features[FeatureSchema.Education] = candidate.EducationRank;
        features[FeatureSchema.WageFit] = WageFit(job, candidate.WageExpectationKurus);
        features[FeatureSchema.AvailabilityLag] = Math.Clamp(candidate.AvailableFrom.DayNumber - job.StartsOn.DayNumber, 0, 365) / 30f;
        features[FeatureSchema.PermitReadiness] = candidate.PermitReadiness switch
        {
            PermitReadiness.Ready => 1f,
            PermitReadiness.Later => 0.5f,
            _ => 0f,
        };
        features[FeatureSchema.ProfileRecency] = Math.Clamp(today.DayNumber - DateOnly.FromDateTime(candidate.UpdatedAt.UtcDateTime).DayNumber, 0, 3650) / 365f;
    }

    /// <summary>1 for the same ISCO-08 unit group, then 0.75, 0.5, 0.25 for a shared minor, sub-major, major group.</summary>
    public static float OccupationProximity(string wanted, IReadOnlyList<string> has)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(has);
        var best = 0;
        foreach (var code in has)
        {
            var shared = 0;
            while (shared < code.Length && shared < wanted.Length && code[shared] == wanted[shared])
            {
                shared++;
            }

            best = Math.Max(best, shared);
        }

        return best / 4f;
    }

    private static float Coverage(IReadOnlyList<string> wanted, IReadOnlySet<string> has)
    {
        if (wanted.Count == 0)
        {
            return 1f;
        }

        var found = 0;
        foreach (var skill in wanted)
        {
            if (has.Contains(skill))
            {
                found++;
            }
        }

        return found / (float)wanted.Count;
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

    /// <summary>Positive when the job pays above what the person asks (share of the asked wage), negative below.</summary>
    private static float WageFit(JobProfile job, long expectation)
    {
        if (expectation <= 0)
        {
            return 0f;
        }

        var offered = Math.Max(job.WageMaxKurus, job.WageMinKurus);
        return Math.Clamp((offered - expectation) / (float)expectation, -1f, 1f);
    }
}
