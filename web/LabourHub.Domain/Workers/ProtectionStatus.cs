namespace LabourHub.Domain.Workers;

/// <summary>The legal status that decides which work-permit regime applies (TURKIYE_RULES.md, "Who the workers are").</summary>
public enum ProtectionStatus
{
    TemporaryProtection = 1,
    InternationalProtectionApplicant = 2,
    ConditionalRefugee = 3,
    Refugee = 4,
    SubsidiaryProtection = 5,
    ResidencePermit = 6,
}
