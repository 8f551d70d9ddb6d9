namespace LabourHub.Domain.Reference;

/// <summary>An ISCO-08 group at any of its four levels, titled in English, Turkish and Arabic.</summary>
public sealed class IscoGroup
{
    public required string Code { get; init; }
    public required int Level { get; init; }
    public string? ParentCode { get; init; }
    public required string TitleEn { get; init; }
    public required string TitleTr { get; init; }
    public required string TitleAr { get; init; }

    /// <summary>The title in the reader's language; Persian and others fall back to English until translated.</summary>
    public string Title(string language) => language switch
    {
        "tr" => TitleTr,
        "ar" => TitleAr,
        _ => TitleEn,
    };
}
