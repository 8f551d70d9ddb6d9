namespace LabourHub.Application.Workers.Profile;

/// <summary>Why a wizard step could not be saved: the form field it concerns and a domain error code (localised by the portal).</summary>
public sealed record ProfileProblem(string Field, string Code);
