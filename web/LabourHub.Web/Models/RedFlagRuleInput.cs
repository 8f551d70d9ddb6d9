using LabourHub.Application.Protection.Rules;
using LabourHub.Domain.Protection;

namespace LabourHub.Web.Models;

/// <summary>The rule form; the domain validates it and answers with a reason.</summary>
public sealed class RedFlagRuleInput
{
    public string? Category { get; set; }
    public string? Language { get; set; }
    public RedFlagRuleKind Kind { get; set; }
    public string? Pattern { get; set; }
    public string? Unless { get; set; }
    public bool Active { get; set; } = true;

    public static RedFlagRuleInput From(RedFlagRuleRow rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RedFlagRuleInput { Category = rule.Category, Language = rule.Language, Kind = rule.Kind, Pattern = rule.Pattern, Unless = rule.Unless, Active = rule.Active };
    }
}
