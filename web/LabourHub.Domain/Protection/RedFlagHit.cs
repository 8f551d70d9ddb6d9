namespace LabourHub.Domain.Protection;

/// <summary>One rule that matched: its category (for the reason shown), the rule, and what it was written as.</summary>
public sealed record RedFlagHit(string Category, Guid RuleId, string Language, string Pattern);
