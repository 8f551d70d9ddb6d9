using System.Globalization;
using System.Text.RegularExpressions;
using LabourHub.Domain.Common;

namespace LabourHub.Domain.Protection;

/// <summary>
/// One screening rule, kept as data: administrators add, change and switch off rules without a release. Seeded from
/// the repository's authored rule file on first start.
/// </summary>
public sealed class RedFlagRule
{
    public const int MaxPatternLength = 300;

    /// <summary>"*" for rules that are not about words (the wage rule).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["tr", "ar", "fa", "en", "*"];

    private RedFlagRule()
    {
        Category = string.Empty;
        Language = string.Empty;
        Pattern = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Category { get; private set; }
    public string Language { get; private set; }
    public RedFlagRuleKind Kind { get; private set; }
    public string Pattern { get; private set; }

    /// <summary>Phrases separated by "|": when any appears in the text the rule does not fire (e.g. a permit is mentioned).</summary>
    public string? Unless { get; private set; }

    public bool Active { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? UpdatedByUserId { get; private set; }

    public static Result<RedFlagRule> Create(string? category, string? language, RedFlagRuleKind kind, string? pattern, string? unless, DateTimeOffset now, string? byUserId = null)
    {
        var rule = new RedFlagRule { Id = Guid.CreateVersion7(), Active = true };
        var problem = rule.Apply(category, language, kind, pattern, unless);
        if (problem is not null)
        {
            return Result<RedFlagRule>.Failure(problem);
        }

        rule.UpdatedAt = now;
        rule.UpdatedByUserId = byUserId;
        return Result<RedFlagRule>.Success(rule);
    }

    public Result<RedFlagRule> Change(string? category, string? language, RedFlagRuleKind kind, string? pattern, string? unless, bool active, DateTimeOffset now, string byUserId)
    {
        var copy = (RedFlagRule)MemberwiseClone();
        var problem = copy.Apply(category, language, kind, pattern, unless);
        if (problem is not null)
        {
            return Result<RedFlagRule>.Failure(problem);
        }

        Apply(category, language, kind, pattern, unless);
        Active = active;
        UpdatedAt = now;
        UpdatedByUserId = byUserId;
        return Result<RedFlagRule>.Success(this);
    }

    /// <summary>The wage multiple of a <see cref="RedFlagRuleKind.WageMultiple"/> rule.</summary>
    public decimal WageMultiple => decimal.Parse(Pattern, NumberStyles.Number, CultureInfo.InvariantCulture);

    private DomainError? Apply(string? category, string? language, RedFlagRuleKind kind, string? pattern, string? unless)
    {
        if (category is null || !RedFlagCategory.All.Contains(category))
        {
            return new DomainError("redflag.category");
        }

        if (language is null || !Languages.Contains(language))
        {
            return new DomainError("redflag.language");
        }

        var text = pattern?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Length > MaxPatternLength || !Enum.IsDefined(kind))
        {
            return new DomainError("redflag.pattern");
        }

        switch (kind)
        {
            case RedFlagRuleKind.Phrase when ScreeningText.PhraseTokens(text).Count == 0:
                return new DomainError("redflag.pattern");
            case RedFlagRuleKind.Pattern when !CompilesAsRegex(text):
                return new DomainError("redflag.regex");
            case RedFlagRuleKind.WageMultiple when !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var multiple) || multiple <= 1m || multiple > 100m:
                return new DomainError("redflag.multiple");
        }

        var except = string.IsNullOrWhiteSpace(unless) ? null : unless.Trim();
        if (except?.Length > MaxPatternLength)
        {
            return new DomainError("redflag.pattern");
        }

        Category = category;
        Language = language;
        Kind = kind;
        Pattern = text;
        Unless = except;
        return null;
    }

    private static bool CompilesAsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
