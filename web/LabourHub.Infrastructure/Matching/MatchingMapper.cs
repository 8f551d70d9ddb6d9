using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Matching.Inputs;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// Maps domain objects onto the matching engine's own input types. Nationality, gender and birth year stay behind:
/// the engine never receives them. A worker's text is their occupations' Turkish titles (profiles have no free-text
/// summary yet); a vacancy's is its title and description.
/// </summary>
public static class MatchingMapper
{
    public static CandidateProfile ToCandidate(Worker worker, EligibilityStatus eligibility)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new CandidateProfile
        {
            Id = worker.Id.ToString(),
            IscoCodes = worker.OccupationCodes,
            Skills = worker.SkillUris.ToHashSet(StringComparer.Ordinal),
            Languages = worker.Languages.ToDictionary(l => l.LanguageCode, l => l.Level.Rank),
            ProvinceCode = worker.RegisteredProvinceCode,
            WillingToRelocate = worker.WillingToRelocate,
            ExperienceYears = worker.ExperienceYears,
            EducationRank = (int)worker.Education,
            WageExpectationKurus = worker.WageExpectation.Kurus,
            AvailableFrom = worker.AvailableFrom,
            PermitReadiness = eligibility switch
            {
                EligibilityStatus.EligibleNow => PermitReadiness.Ready,
                EligibilityStatus.EligibleLater => PermitReadiness.Later,
                _ => PermitReadiness.Unknown,
            },
            UpdatedAt = worker.UpdatedAt,
            Text = MatchingReference.OccupationText(worker.OccupationCodes),
        };
    }

    public static JobProfile ToJob(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        return new JobProfile
        {
            Id = vacancy.Id.ToString(),
            IscoCode = vacancy.IscoCode,
            EssentialSkills = vacancy.EssentialSkillUris,
            OptionalSkills = vacancy.OptionalSkillUris,
            Languages = vacancy.Languages.ToDictionary(l => l.LanguageCode, l => l.Minimum.Rank),
            ProvinceCode = vacancy.ProvinceCode,
            WageMinKurus = vacancy.WageMin.Kurus,
            WageMaxKurus = vacancy.WageMax.Kurus,
            StartsOn = DateOnly.FromDateTime(vacancy.PostedAt.UtcDateTime).AddDays(14),
            Text = $"{vacancy.Title}. {vacancy.Description}",
        };
    }
}
