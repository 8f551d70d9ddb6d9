namespace LabourHub.Domain.Eligibility;

public enum RestrictionKind
{
    /// <summary>Reserved for Turkish citizens (dentist, pharmacist, lawyer, notary, private security guard…).</summary>
    Closed = 1,

    /// <summary>Health professions: Ministry of Health pre-approval before the permit.</summary>
    HealthPreApproval = 2,

    /// <summary>Education professions: Ministry of National Education or YÖK pre-approval.</summary>
    EducationPreApproval = 3,
}
