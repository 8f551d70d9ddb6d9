using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Workflow;

/// <summary>What an offer says: the position, the net monthly wage, the day work starts and until when the offer stands.</summary>
public sealed record PlacementTerms
{
    public required string PositionTitle { get; init; }
    public required Money Wage { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly OfferValidUntil { get; init; }
}
