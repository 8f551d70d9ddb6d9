using LabourHub.Domain.Applications;
using LabourHub.Domain.Workflow;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// Graded outcomes from the product's own records: 0 none, 1 shortlisted, 2 interviewed, 3 offered, 4 hired. An
/// application keeps the furthest stage it reached (a rejection before the shortlist is 0); a placement (the offer
/// onwards) lifts it: an offer declined, lapsed or withdrawn is 3, an accepted offer and everything after it is 4 (the
/// employer chose the person even when the permit was later refused).
/// </summary>
public static class OutcomeLabels
{
    public static int Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Shortlisted => 1,
        ApplicationStatus.Interview => 2,
        ApplicationStatus.Offered => 3,
        ApplicationStatus.Hired => 4,
        _ => 0,
    };

    public static int Of(PlacementStatus status) => status switch
    {
        PlacementStatus.Offered or PlacementStatus.Declined or PlacementStatus.Expired or PlacementStatus.Withdrawn => 3,
        _ => 4,
    };
}
