namespace LabourHub.Application.Workers;

/// <summary>How much of a worker's profile a caller may see. None answers 404: the profile does not exist for them.</summary>
public enum WorkerAccessLevel
{
    None = 0,

    /// <summary>Occupations, skills, languages, experience, province, availability: no name, contact, documents or status.</summary>
    Professional = 1,

    /// <summary>Professional plus name and phone: after the worker accepted an interview with this employer.</summary>
    Contact = 2,

    /// <summary>Everything: the worker themself, or their assigned case worker with the worker's consent.</summary>
    Full = 3,
}
