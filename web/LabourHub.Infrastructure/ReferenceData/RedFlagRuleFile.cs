using LabourHub.Domain.Protection;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>
/// The red-flag rules the portal starts with (authored/red_flag_rules.authored.csv): loaded into the RedFlagRules
/// table once per database, after which administrators own them (/admin/red-flags).
/// </summary>
public static class RedFlagRuleFile
{
    public const string ImportKey = "protection:red-flag-rules:v1";

    public static IEnumerable<RedFlagRule> Read(DateTimeOffset now)
    {
        foreach (var row in CsvRows.Read(EmbeddedFiles.Open("authored/red_flag_rules.authored.csv")))
        {
            var created = RedFlagRule.Create(row["category"], row["language"], Enum.Parse<RedFlagRuleKind>(row["kind"]), row["pattern"], row["unless"], now);
            yield return created.IsSuccess
                ? created.Value
                : throw new InvalidDataException($"Red-flag rule '{row["pattern"]}' is invalid: {created.Error}.");
        }
    }
}
