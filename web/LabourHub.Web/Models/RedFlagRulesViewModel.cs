using LabourHub.Application.Protection.Rules;
using LabourHub.Domain.Protection;

namespace LabourHub.Web.Models;

public sealed record RedFlagRulesViewModel(
    IReadOnlyList<RedFlagRuleRow> Rules,
    string? Category,
    RedFlagRuleInput Input,
    string? TryText,
    IReadOnlyList<RedFlagHit>? Hits,
    string? Normalised);

public sealed record RedFlagEditViewModel(Guid Id, RedFlagRuleInput Input);
