namespace LabourHub.Application.Workers.Profile;

/// <summary>One skill offered in the wizard, with whether it is already on the profile and why it is offered.</summary>
public sealed record SkillChoice(string Uri, string Label, bool Chosen, SkillSource Source);

public enum SkillSource
{
    Chosen,
    Occupation,
    Search,
    Cv,
}
