namespace LabourHub.Domain.Workers;

/// <summary>Highest completed education, on a scale close to ISCED 2011.</summary>
public enum EducationLevel
{
    None = 0,
    Primary = 1,
    LowerSecondary = 2,
    UpperSecondary = 3,
    Vocational = 4,
    Bachelor = 6,
    Master = 7,
    Doctorate = 8,
}
