using System.Globalization;

namespace LabourHub.Application.Common;

/// <summary>The cultures LabourHub speaks, and the language part used to pick reference-data titles.</summary>
public static class CultureLanguage
{
    public static readonly IReadOnlyList<string> Supported = ["tr", "en", "ar", "fa"];

    public const string Default = "tr";

    public static string Current => Normalise(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string Normalise(string? culture)
    {
        var language = culture?.Split('-')[0].ToLowerInvariant();
        return language is not null && Supported.Contains(language) ? language : Default;
    }

    public static bool IsRightToLeft(string language) => language is "ar" or "fa";
}
