using LabourHub.Domain.Workers;

namespace LabourHub.Application.Workers.Profile;

/// <summary>
/// How complete a profile is, and what to add next. Each step carries a weight that reflects how much it helps the
/// worker be found and ranked: occupations, skills and languages decide matching; the protection details decide
/// whether an employer can legally hire them.
/// </summary>
public sealed record ProfileCompleteness(int Percent, IReadOnlyList<ProfileStep> Done, IReadOnlyList<ProfileStep> Missing)
{
    private static readonly Dictionary<ProfileStep, int> Weights = new()
    {
        [ProfileStep.Basics] = 10,
        [ProfileStep.Protection] = 15,
        [ProfileStep.Languages] = 15,
        [ProfileStep.Occupations] = 15,
        [ProfileStep.Skills] = 15,
        [ProfileStep.Experience] = 10,
        [ProfileStep.Preferences] = 10,
        [ProfileStep.Documents] = 5,
        [ProfileStep.Visibility] = 5,
    };

    /// <summary>Skills a profile needs before the skills step counts as done (vacancies ask for several).</summary>
    public const int EnoughSkills = 3;

    /// <summary>The missing step that helps most, first in wizard order among equals; null when nothing is missing.</summary>
    public ProfileStep? Next => Missing.Count == 0 ? null : Missing.OrderByDescending(s => Weights[s]).ThenBy(s => s).First();

    public static ProfileCompleteness Measure(ProfileAnswers answers, int documents, bool visibilityChosen)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var done = Enum.GetValues<ProfileStep>().Where(step => step switch
        {
            ProfileStep.Basics => !string.IsNullOrWhiteSpace(answers.DisplayName) && answers.NationalityCode is { Length: 2 },
            ProfileStep.Protection => answers.ProtectionStatus is not null && answers.RegisteredProvinceCode is > 0,
            ProfileStep.Languages => answers.Languages.Count > 0,
            ProfileStep.Occupations => answers.Occupations.Count > 0,
            ProfileStep.Skills => answers.Skills.Count >= EnoughSkills,
            // A saved profile stores 0 years and no schooling until told otherwise, so either must say something.
            ProfileStep.Experience => answers.ExperienceYears is > 0 || answers.Education is not (null or EducationLevel.None),
            ProfileStep.Preferences => answers.WageExpectation is > 0 && answers.AvailableFrom is not null,
            ProfileStep.Documents => documents > 0,
            ProfileStep.Visibility => visibilityChosen,
            _ => false,
        }).ToList();
        var missing = Enum.GetValues<ProfileStep>().Except(done).ToList();
        return new ProfileCompleteness(done.Sum(s => Weights[s]), done, missing);
    }
}
