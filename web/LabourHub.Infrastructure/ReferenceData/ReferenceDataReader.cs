using System.Globalization;
using System.Text.Json;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>
/// Reads the committed reference files (ESCO v1.1.1, ISCO-08 with our Turkish and Arabic titles, Türkiye's
/// provinces, districts and road distances, languages, NACE Rev.2, the dated minimum wage) into domain objects.
/// Attribution and licences: ReferenceData/Files/SOURCES.md.
/// </summary>
public static class ReferenceDataReader
{
    private const string EscoClassification = "esco/esco-v1.1.1-classification-en-csv.zip";
    private const string EscoRelations = "esco/esco-v1.1.1-relations-csv.zip";

    public static IReadOnlyList<IscoGroup> IscoGroups()
    {
        var tr = ReadColumnPair("authored/isco08_titles_tr.authored.csv", "code", "title_tr");
        var ar = ReadColumnPair("authored/isco08_titles_ar.authored.csv", "code", "title_ar");
        return Rows("esco/isco08_structure_en.derived.csv").Select(r => new IscoGroup
        {
            Code = r["code"],
            Level = int.Parse(r["level"], CultureInfo.InvariantCulture),
            ParentCode = NullIfEmpty(r["parent_code"]),
            TitleEn = r["title_en"],
            TitleTr = tr.GetValueOrDefault(r["code"]) ?? r["title_en"],
            TitleAr = ar.GetValueOrDefault(r["code"]) ?? r["title_en"],
        }).ToList();
    }

    public static IEnumerable<EscoOccupation> EscoOccupations() =>
        Rows(EmbeddedFiles.OpenZipEntry(EscoClassification, "occupations_en.csv"))
            .Where(r => r["iscoGroup"].Length == 4)
            .Select(r => new EscoOccupation
            {
                Uri = r["conceptUri"],
                IscoCode = r["iscoGroup"],
                PreferredLabel = r["preferredLabel"],
                AltLabels = r["altLabels"],
            });

    public static IEnumerable<EscoSkill> EscoSkills() =>
        Rows(EmbeddedFiles.OpenZipEntry(EscoClassification, "skills_en.csv"))
            .Select(r => new EscoSkill
            {
                Uri = r["conceptUri"],
                PreferredLabel = r["preferredLabel"],
                SkillType = r["skillType"],
                AltLabels = r["altLabels"],
            });

    public static IEnumerable<OccupationSkill> OccupationSkills() =>
        Rows(EmbeddedFiles.OpenZipEntry(EscoRelations, "occupationSkillRelations.csv"))
            .Select(r => new OccupationSkill
            {
                OccupationUri = r["occupationUri"],
                SkillUri = r["skillUri"],
                Essential = r["relationType"] == "essential",
            });

    public static IReadOnlyList<Province> Provinces() =>
        Rows("geo/tr_provinces.derived.csv").Select(r => new Province
        {
            Code = int.Parse(r["plate_code"], CultureInfo.InvariantCulture),
            Name = r["name_tr"],
            Latitude = double.Parse(r["lat"], CultureInfo.InvariantCulture),
            Longitude = double.Parse(r["lon"], CultureInfo.InvariantCulture),
        }).ToList();

    public static IReadOnlyList<District> Districts() =>
        Rows("geo/tr_districts.derived.csv").Select((r, i) => new District
        {
            Id = i + 1,
            ProvinceCode = int.Parse(r["plate_code"], CultureInfo.InvariantCulture),
            Name = r["district_tr"],
            Latitude = ParseOptionalDouble(r["lat"]),
            Longitude = ParseOptionalDouble(r["lon"]),
        }).ToList();

    public static IReadOnlyList<ProvinceDistance> ProvinceDistances()
    {
        using var stream = EmbeddedFiles.Open("geo/distances.json");
        var table = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(stream)
            ?? throw new InvalidDataException("distances.json is empty.");
        return table.SelectMany(from => from.Value.Select(to => new ProvinceDistance
        {
            FromProvinceCode = int.Parse(from.Key, CultureInfo.InvariantCulture),
            ToProvinceCode = int.Parse(to.Key, CultureInfo.InvariantCulture),
            Kilometres = to.Value,
        })).ToList();
    }

    public static IReadOnlyList<Language> Languages() =>
        Rows("languages/langs.derived.csv")
            .Where(r => r["iso6391"].Length == 2)
            .Select(r => new Language
            {
                Code = r["iso6391"],
                Iso6393 = r["iso6393"],
                NameEn = r["name_en"],
                NameLocal = r["name_local"],
            })
            .DistinctBy(l => l.Code)
            .ToList();

    public static IReadOnlyList<NaceActivity> NaceActivities()
    {
        var tr = ReadColumnPair("authored/nace_sections_tr.authored.csv", "code", "title_tr");
        var ar = ReadColumnPair("authored/nace_sections_ar.authored.csv", "code", "title_ar");
        return Rows("nace/nace_rev2.derived.csv").Select(r => new NaceActivity
        {
            Code = r["code"],
            Level = int.Parse(r["level"], CultureInfo.InvariantCulture),
            ParentCode = NullIfEmpty(r["parent_code"]),
            Section = r["section"],
            TitleEn = r["title_en"],
            TitleTr = tr.GetValueOrDefault(r["code"]),
            TitleAr = ar.GetValueOrDefault(r["code"]),
        }).ToList();
    }

    public static IReadOnlyList<MinimumWage> MinimumWages() =>
        Rows("authored/minimum_wage_tr.authored.csv").Select(r => new MinimumWage
        {
            ValidFrom = DateOnly.ParseExact(r["valid_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ValidTo = r["valid_to"].Length == 0 ? null : DateOnly.ParseExact(r["valid_to"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            GrossMonthly = Money.FromLira(decimal.Parse(r["gross_monthly_try"], CultureInfo.InvariantCulture)).Value,
            NetMonthly = Money.FromLira(decimal.Parse(r["net_monthly_try"], CultureInfo.InvariantCulture)).Value,
            Source = r["source"],
        }).ToList();

    public static EligibilityRuleSet EligibilityRules()
    {
        var values = Rows("authored/eligibility_rules_tr.authored.csv").Select(r => new RuleValue(
            r["key"],
            decimal.Parse(r["value"], CultureInfo.InvariantCulture),
            Day(r["valid_from"])!.Value,
            Day(r["valid_to"]),
            r["source"])).ToList();
        var restrictions = Rows("authored/occupation_restrictions_tr.authored.csv").Select(r => new OccupationRestriction(
            r["isco_prefix"],
            r["kind"] switch
            {
                "closed" => RestrictionKind.Closed,
                "health_pre_approval" => RestrictionKind.HealthPreApproval,
                "education_pre_approval" => RestrictionKind.EducationPreApproval,
                var other => throw new InvalidDataException($"Unknown restriction kind '{other}'."),
            },
            Day(r["valid_from"])!.Value,
            Day(r["valid_to"]),
            r["source"])).ToList();
        return new EligibilityRuleSet(values, restrictions);
    }

    private static DateOnly? Day(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ReadColumnPair(string path, string key, string value) =>
        Rows(path).ToDictionary(r => r[key], r => r[value], StringComparer.Ordinal);

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string path) => Rows(EmbeddedFiles.Open(path));

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(Stream stream) => CsvRows.Read(stream);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static double? ParseOptionalDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
