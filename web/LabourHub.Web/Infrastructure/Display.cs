using System.Globalization;

namespace LabourHub.Web.Infrastructure;

/// <summary>Formats stored values for the reader: UTC instants in Türkiye's time, money in the reader's culture.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Turkiye = FindTurkiye();

    public static string Date(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Turkiye).ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Turkiye).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Lira(decimal amount) =>
        string.Create(CultureInfo.CurrentCulture, $"{amount:N0} ₺");

    /// <summary>An exact amount with its kuruş (prices, vouchers, payments, instalments).</summary>
    public static string Money(LabourHub.Domain.ValueObjects.Money amount) =>
        string.Create(CultureInfo.CurrentCulture, $"{amount.Lira:N2} ₺");

    /// <summary>Languages a vacancy may ask for and an employer may search by, in the order forms list them.</summary>
    public static IReadOnlyList<string> WorkLanguages { get; } = ["tr", "ar", "fa", "ku", "en", "ru", "fr", "de"];

    /// <summary>A language's own name ("Türkçe", "العربية"), so a reader finds their language whatever the page's language.</summary>
    public static string LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static TimeZoneInfo FindTurkiye()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("TRT", TimeSpan.FromHours(3), "Türkiye", "Türkiye");
        }
    }
}
