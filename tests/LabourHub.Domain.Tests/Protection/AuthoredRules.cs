using System.Text;
using LabourHub.Domain.Protection;

namespace LabourHub.Domain.Tests.Protection;

/// <summary>The red-flag rules the portal seeds on first start, read from the repository's authored file.</summary>
internal static class AuthoredRules
{
    private static readonly Lazy<IReadOnlyList<RedFlagRule>> Rules = new(Load);

    public static IReadOnlyList<RedFlagRule> All => Rules.Value;

    private static IReadOnlyList<RedFlagRule> Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LabourHub.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "web/LabourHub.Infrastructure/ReferenceData/Files/authored/red_flag_rules.authored.csv");
        var now = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        return File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = Fields(line);
            var created = RedFlagRule.Create(f[0], f[1], Enum.Parse<RedFlagRuleKind>(f[2]), f[3], f[4], now);
            Assert.True(created.IsSuccess, $"{line}: {created.Error}");
            return created.Value;
        }).ToList();
    }

    /// <summary>A CSV line with optional double-quoted fields (the authored file has no line breaks in fields).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
