using LabourHub.Domain.Applications;
using LabourHub.Domain.Workflow;
using LabourHub.Infrastructure.Matching.Models;

namespace LabourHub.Identity.Tests;

/// <summary>The graded labels retraining learns from, mapped from the product's real application and placement statuses.</summary>
[Trait("Capability", "Matching")]
public sealed class OutcomeLabelsTests
{
    [Theory]
    [InlineData(ApplicationStatus.Submitted, 0)]
    [InlineData(ApplicationStatus.Rejected, 0)]
    [InlineData(ApplicationStatus.Withdrawn, 0)]
    [InlineData(ApplicationStatus.Shortlisted, 1)]
    [InlineData(ApplicationStatus.Interview, 2)]
    [InlineData(ApplicationStatus.Offered, 3)]
    [InlineData(ApplicationStatus.Hired, 4)]
    public void Of_AnApplicationStatus_IsTheFurthestStageReached(ApplicationStatus status, int label) =>
        Assert.Equal(label, OutcomeLabels.Of(status));

    [Theory]
    [InlineData(PlacementStatus.Offered, 3)]
    [InlineData(PlacementStatus.Declined, 3)]
    [InlineData(PlacementStatus.Expired, 3)]
    [InlineData(PlacementStatus.Withdrawn, 3)]
    [InlineData(PlacementStatus.Accepted, 4)]
    [InlineData(PlacementStatus.ContractSigned, 4)]
    [InlineData(PlacementStatus.PermitRefused, 4)]
    [InlineData(PlacementStatus.Active, 4)]
    [InlineData(PlacementStatus.Ended, 4)]
    public void Of_APlacementStatus_IsAnOfferOrAHire(PlacementStatus status, int label) =>
        Assert.Equal(label, OutcomeLabels.Of(status));

    [Fact]
    public void Of_EveryStatus_IsALabelTheTrainerAccepts()
    {
        Assert.All(Enum.GetValues<ApplicationStatus>(), s => Assert.InRange(OutcomeLabels.Of(s), 0, 4));
        Assert.All(Enum.GetValues<PlacementStatus>(), s => Assert.InRange(OutcomeLabels.Of(s), 3, 4));
    }
}
