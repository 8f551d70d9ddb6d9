namespace LabourHub.Application.Protection.Trust;

/// <summary>
/// What a worker is shown about a business before applying: whether a case worker verified it, how many of its hires
/// reached SGK registration, how many reports about it are open (a count, never details), and since when it is here.
/// </summary>
public sealed record EmployerTrust(bool Verified, int SgkRegisteredPlacements, int Placements, int OpenReports, DateTimeOffset OnPlatformSince);
