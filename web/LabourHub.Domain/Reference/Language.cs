namespace LabourHub.Domain.Reference;

/// <summary>A language with an ISO 639-1 code, its English name and its own name for itself.</summary>
public sealed class Language
{
    public required string Code { get; init; }
    public required string Iso6393 { get; init; }
    public required string NameEn { get; init; }
    public required string NameLocal { get; init; }
}
