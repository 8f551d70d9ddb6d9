namespace LabourHub.Domain.Workers;

/// <summary>Self-declared; used only for the fairness audit, never as a ranking feature.</summary>
public enum Gender
{
    NotDeclared = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}
