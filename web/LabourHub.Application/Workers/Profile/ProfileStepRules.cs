using LabourHub.Application.Reference;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Application.Workers.Profile;

/// <summary>
/// What each wizard step accepts. The domain's <c>Worker</c> checks the whole profile again when it is saved; these
/// rules exist to name the field a worker must fix, in the step they are on.
/// </summary>
public static class ProfileStepRules
{
    public const int MaxLanguages = 8;
    public const int MaxOccupations = 5;
    public const int MaxSkills = 60;
    public const decimal MaxWageLira = 1_000_000m;

    public static List<ProfileProblem> Check(ProfileStep step, ProfileAnswers a, IIscoCodeCatalog isco, ISet<string> knownLanguages, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(knownLanguages);
        var problems = new List<ProfileProblem>();
        void Add(string field, string code) => problems.Add(new ProfileProblem(field, code));

        switch (step)
        {
            case ProfileStep.Basics:
                if (string.IsNullOrWhiteSpace(a.DisplayName) || a.DisplayName.Length > 120)
                {
                    Add(nameof(a.DisplayName), "worker.name");
                }

                if (!string.IsNullOrWhiteSpace(a.Phone) && PhoneNumber.Create(a.Phone) is { IsSuccess: false } phone)
                {
                    Add(nameof(a.Phone), phone.Error!.Code);
                }

                if (a.NationalityCode is not { Length: 2 } n || !n.All(char.IsAsciiLetterUpper))
                {
                    Add(nameof(a.NationalityCode), "worker.nationality");
                }

                if (a.BirthYear is { } year && (year < today.Year - 100 || year > today.Year - 14))
                {
                    Add(nameof(a.BirthYear), "worker.birth_year");
                }

                break;
            case ProfileStep.Protection:
                if (a.ProtectionStatus is null || !Enum.IsDefined(a.ProtectionStatus.Value))
                {
                    Add(nameof(a.ProtectionStatus), "profile.status_required");
                }

                if (a.ProtectionRegisteredOn is { } registered && registered > today)
                {
                    Add(nameof(a.ProtectionRegisteredOn), "worker.protection_date_future");
                }

                if (a.RegisteredProvinceCode is not { } province || !Province.IsValidCode(province))
                {
                    Add(nameof(a.RegisteredProvinceCode), "province.unknown");
                }

                if (!string.IsNullOrWhiteSpace(a.ForeignerIdentityNumber) && ForeignerIdentityNumber.Create(a.ForeignerIdentityNumber) is { IsSuccess: false } ykn)
                {
                    Add(nameof(a.ForeignerIdentityNumber), ykn.Error!.Code);
                }

                break;
            case ProfileStep.Languages:
                for (var i = 0; i < a.Languages.Count; i++)
                {
                    var row = a.Languages[i];
                    if (row.Code is null || !knownLanguages.Contains(row.Code))
                    {
                        Add($"Languages[{i}].Code", "profile.language_unknown");
                    }
                    else if (CefrLevel.Create(row.Level) is { IsSuccess: false })
                    {
                        Add($"Languages[{i}].Level", "profile.level_required");
                    }
                }

                if (a.Languages.GroupBy(l => l.Code).Any(g => g.Count() > 1))
                {
                    Add(nameof(a.Languages), "worker.language_duplicate");
                }

                if (a.Languages.Count > MaxLanguages)
                {
                    Add(nameof(a.Languages), "profile.too_many_languages");
                }

                break;
            case ProfileStep.Occupations:
                if (a.Occupations.Any(o => !IscoCode.Create(o, isco).IsSuccess))
                {
                    Add(nameof(a.Occupations), "isco.unknown");
                }

                if (a.Occupations.Count > MaxOccupations)
                {
                    Add(nameof(a.Occupations), "profile.too_many_occupations");
                }

                break;
            case ProfileStep.Skills:
                if (a.Skills.Count > MaxSkills)
                {
                    Add(nameof(a.Skills), "profile.too_many_skills");
                }

                break;
            case ProfileStep.Experience:
                if (a.ExperienceYears is < 0 or > 70)
                {
                    Add(nameof(a.ExperienceYears), "worker.experience");
                }

                if (a.Education is { } education && !Enum.IsDefined(education))
                {
                    Add(nameof(a.Education), "profile.education_unknown");
                }

                break;
            case ProfileStep.Preferences:
                if (a.WageExpectation is < 0 or > MaxWageLira)
                {
                    Add(nameof(a.WageExpectation), "profile.wage_range");
                }

                if (a.AvailableFrom is { } from && from > today.AddYears(2))
                {
                    Add(nameof(a.AvailableFrom), "profile.available_too_late");
                }

                break;
            default:
                break;
        }

        return problems;
    }
}
