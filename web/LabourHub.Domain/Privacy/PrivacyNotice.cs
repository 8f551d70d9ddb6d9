namespace LabourHub.Domain.Privacy;

/// <summary>The privacy notice a consent refers to. A new version means people are asked again.</summary>
public static class PrivacyNotice
{
    public const string CurrentVersion = "2026-11-27";
}
