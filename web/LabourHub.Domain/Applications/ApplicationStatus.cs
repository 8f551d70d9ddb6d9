namespace LabourHub.Domain.Applications;

/// <summary>Where an application stands on the road from applying to being hired.</summary>
public enum ApplicationStatus
{
    Submitted = 0,
    Shortlisted = 1,
    Interview = 2,
    Offered = 3,
    Hired = 4,
    Rejected = 5,
    Withdrawn = 6,
}
