namespace LabourHub.Matching.Fairness;

/// <summary>One group's share of the top k: selection rate (selected / candidates) and exposure per candidate.</summary>
public sealed record GroupFigures(string Group, int Candidates, int Selected, double SelectionRate, double ExposurePerCandidate);
