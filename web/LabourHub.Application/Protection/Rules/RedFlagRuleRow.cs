using LabourHub.Domain.Protection;

namespace LabourHub.Application.Protection.Rules;

public sealed record RedFlagRuleRow(Guid Id, string Category, string Language, RedFlagRuleKind Kind, string Pattern, string? Unless, bool Active, DateTimeOffset UpdatedAt);
