namespace LabourHub.Domain.Eligibility;

/// <summary>
/// The rule that decided: a stable code the web layer translates ("eligibility.province"), and the legal source
/// as recorded in the dated rule table.
/// </summary>
public sealed record RuleCitation(string Code, string Source);
