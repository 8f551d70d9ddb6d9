using LabourHub.Domain.Workers;

namespace LabourHub.Application.Workers.Profile;

/// <summary>
/// Everything the profile wizard asks, as typed: nothing here is validated yet. It is what a draft stores and what a
/// failed step shows again, so a worker never loses what they wrote.
/// </summary>
public sealed record ProfileAnswers
{
    public string? DisplayName { get; init; }
    public string? Phone { get; init; }
    public string? NationalityCode { get; init; }
    public int? BirthYear { get; init; }
    public Gender Gender { get; init; }

    public ProtectionStatus? ProtectionStatus { get; init; }
    public DateOnly? ProtectionRegisteredOn { get; init; }
    public int? RegisteredProvinceCode { get; init; }
    public string? ForeignerIdentityNumber { get; init; }

    public IReadOnlyList<LanguageAnswer> Languages { get; init; } = [];
    public IReadOnlyList<string> Occupations { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];

    public int? ExperienceYears { get; init; }
    public EducationLevel? Education { get; init; }

    public decimal? WageExpectation { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public bool WillingToRelocate { get; init; }

    /// <summary>Takes the fields one step asks from <paramref name="posted"/>, keeping every other answer.</summary>
    public ProfileAnswers WithStep(ProfileStep step, ProfileAnswers posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return step switch
        {
            ProfileStep.Basics => this with
            {
                DisplayName = posted.DisplayName?.Trim(),
                Phone = posted.Phone?.Trim(),
                NationalityCode = posted.NationalityCode?.Trim().ToUpperInvariant(),
                BirthYear = posted.BirthYear,
                Gender = posted.Gender,
            },
            ProfileStep.Protection => this with
            {
                ProtectionStatus = posted.ProtectionStatus,
                ProtectionRegisteredOn = posted.ProtectionRegisteredOn,
                RegisteredProvinceCode = posted.RegisteredProvinceCode,
                ForeignerIdentityNumber = posted.ForeignerIdentityNumber?.Trim(),
            },
            ProfileStep.Languages => this with
            {
                Languages = posted.Languages.Where(l => !string.IsNullOrWhiteSpace(l.Code)).Select(l => l with { Code = l.Code!.Trim().ToLowerInvariant() }).ToList(),
            },
            ProfileStep.Occupations => this with { Occupations = posted.Occupations.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct().ToList() },
            ProfileStep.Skills => this with { Skills = posted.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList() },
            ProfileStep.Experience => this with { ExperienceYears = posted.ExperienceYears, Education = posted.Education },
            ProfileStep.Preferences => this with
            {
                WageExpectation = posted.WageExpectation,
                AvailableFrom = posted.AvailableFrom,
                WillingToRelocate = posted.WillingToRelocate,
            },
            _ => this,
        };
    }

    /// <summary>The answers a saved worker profile stands for.</summary>
    public static ProfileAnswers From(Worker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new ProfileAnswers
        {
            DisplayName = worker.DisplayName,
            Phone = worker.Phone?.Value,
            NationalityCode = worker.NationalityCode,
            BirthYear = worker.BirthYear,
            Gender = worker.Gender,
            ProtectionStatus = worker.ProtectionStatus,
            ProtectionRegisteredOn = worker.ProtectionRegisteredOn,
            RegisteredProvinceCode = worker.RegisteredProvinceCode,
            ForeignerIdentityNumber = worker.ForeignerIdentityNumber?.Value,
            Languages = worker.Languages.Select(l => new LanguageAnswer(l.LanguageCode, l.Level.Code)).ToList(),
            Occupations = worker.OccupationCodes.ToList(),
            Skills = worker.SkillUris.ToList(),
            ExperienceYears = worker.ExperienceYears,
            Education = worker.Education,
            WageExpectation = worker.WageExpectation.Kurus == 0 ? null : worker.WageExpectation.Lira,
            AvailableFrom = worker.AvailableFrom,
            WillingToRelocate = worker.WillingToRelocate,
        };
    }
}

/// <summary>One language row of the wizard: an ISO 639-1 code and a CEFR level ("A1".."C2").</summary>
public sealed record LanguageAnswer(string? Code, string? Level);
