namespace LabourHub.Identity.Api;

public sealed record MeResponse(string Id, string Kind, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, bool Mfa);
