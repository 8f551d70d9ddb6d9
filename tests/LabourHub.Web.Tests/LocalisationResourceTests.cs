using System.Collections;
using System.Globalization;
using System.Resources;

namespace LabourHub.Web.Tests;

[Trait("Capability", "Foundation")]
public sealed class LocalisationResourceTests
{
    private static readonly ResourceManager Resources = new("LabourHub.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Cultures => new() { "tr", "ar", "fa" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryString_IsTranslated(string culture)
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(new CultureInfo(culture));

        Assert.True(neutral.Count > 100);
        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.All(translated, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        var placeholders = neutral.Where(kv => kv.Value.Contains("{0}", StringComparison.Ordinal)).Select(kv => kv.Key);
        Assert.All(placeholders, key => Assert.Contains("{0}", translated[key], StringComparison.Ordinal));
    }

    [Fact]
    public void DomainErrorCodes_UsedByTheValidators_HaveMessages()
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        string[] codes =
        [
            "vkn.required", "vkn.format", "vkn.check_digit", "tckn.required", "tckn.format", "tckn.check_digit", "tckn.is_foreigner_number",
            "ykn.required", "ykn.format", "ykn.prefix", "ykn.check_digit", "phone.required", "phone.format", "isco.required", "isco.format",
            "isco.unknown", "cefr.required", "cefr.unknown",
        ];

        Assert.All(codes, code => Assert.Contains("DomainError." + code, neutral.Keys));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
