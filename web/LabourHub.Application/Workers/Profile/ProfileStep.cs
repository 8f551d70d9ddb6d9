namespace LabourHub.Application.Workers.Profile;

/// <summary>The profile wizard's steps, in the order a worker meets them.</summary>
public enum ProfileStep
{
    Basics = 1,
    Protection = 2,
    Languages = 3,
    Occupations = 4,
    Skills = 5,
    Experience = 6,
    Preferences = 7,
    Documents = 8,
    Visibility = 9,
}
