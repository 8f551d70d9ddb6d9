namespace LabourHub.Web.Api;

/// <param name="Valid">Always true in a 200 answer.</param>
/// <param name="Normalised">The value as LabourHub stores it (digits only, E.164 for phones).</param>
public sealed record ValidationResponse(bool Valid, string? Normalised);
