namespace LabourHub.Infrastructure.DemoData;

/// <summary>A typical post: its ISCO-08 unit group and the title a Turkish employer writes.</summary>
internal sealed record JobProfile(string IscoCode, string TitleTr, bool Seasonal = false, string? TurkishLevel = "A2");
