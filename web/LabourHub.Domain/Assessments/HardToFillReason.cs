namespace LabourHub.Domain.Assessments;

/// <summary>Why employers say a post is hard to fill, as İŞKUR's labour-market survey asks it.</summary>
public enum HardToFillReason
{
    LackOfSkills = 1,
    LackOfExperience = 2,
    LowWages = 3,
    WorkingConditions = 4,
    Location = 5,
    LanguageBarrier = 6,
    FewApplicants = 7,
    PermitProcedures = 8,
}
