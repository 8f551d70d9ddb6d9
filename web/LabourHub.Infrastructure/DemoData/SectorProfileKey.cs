namespace LabourHub.Infrastructure.DemoData;

/// <summary>Which demo sector an employer was drawn from (kept beside the employer, never stored).</summary>
public readonly record struct SectorProfileKey(string Key);
