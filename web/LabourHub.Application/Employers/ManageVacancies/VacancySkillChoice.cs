namespace LabourHub.Application.Employers.ManageVacancies;

/// <summary>A skill offered on the vacancy form: whether the vacancy needs it, and whether ESCO calls it essential for the occupation.</summary>
public sealed record VacancySkillChoice(string Uri, string Label, SkillNeed Need, bool EssentialForOccupation);

public enum SkillNeed
{
    None,
    Essential,
    Optional,
}
