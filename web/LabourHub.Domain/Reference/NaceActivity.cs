namespace LabourHub.Domain.Reference;

/// <summary>A NACE Rev.2 section, division, group or class (Türkiye uses NACE Rev.2 through TÜİK).</summary>
public sealed class NaceActivity
{
    public required string Code { get; init; }
    public required int Level { get; init; }
    public string? ParentCode { get; init; }
    public required string Section { get; init; }
    public required string TitleEn { get; init; }

    /// <summary>Turkish and Arabic titles exist for sections; deeper levels fall back to English.</summary>
    public string? TitleTr { get; init; }

    public string? TitleAr { get; init; }

    public string Title(string language) => language switch
    {
        "tr" => TitleTr ?? TitleEn,
        "ar" => TitleAr ?? TitleEn,
        _ => TitleEn,
    };
}
