namespace LabourHub.Application.Matching.NeedLineCandidates;

/// <summary>A case worker's own assigned workers for a need line: those eligible now ranked with reasons, the others apart.</summary>
public sealed record NeedLinePeople(NeedLineSummary Line, string Ranker, IReadOnlyList<NeedLinePerson> EligibleNow, IReadOnlyList<NeedLinePerson> EligibleLater, IReadOnlyList<NeedLinePerson> NotEligible);
