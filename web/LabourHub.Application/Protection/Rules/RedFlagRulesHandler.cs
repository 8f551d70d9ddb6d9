using LabourHub.Application.Common;
using LabourHub.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Protection.Rules;

/// <summary>Administrators keep the red-flag rules: list (by category and language), add, change, switch off, and try text against them.</summary>
public sealed class RedFlagRulesHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<RedFlagRuleRow>> ListAsync(string? category, CancellationToken cancellationToken)
    {
        var rules = db.RedFlagRules.AsNoTracking();
        if (!string.IsNullOrEmpty(category))
        {
            rules = rules.Where(r => r.Category == category);
        }

        return (await rules.ToListAsync(cancellationToken))
            .OrderBy(r => RedFlagCategory.All.ToList().IndexOf(r.Category)).ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Pattern, StringComparer.Ordinal)
            .Select(Row).ToList();
    }

    public async Task<RedFlagRuleRow?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.RedFlagRules.AsNoTracking().Where(r => r.Id == id).Select(r => Row(r)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The new rule's id, or a domain error code (redflag.category, .language, .pattern, .regex, .multiple).</summary>
    public async Task<(Guid? Id, string? Problem)> AddAsync(string? category, string? language, RedFlagRuleKind kind, string? pattern, string? unless, string adminUserId, CancellationToken cancellationToken)
    {
        var created = RedFlagRule.Create(category, language, kind, pattern, unless, clock.GetUtcNow(), adminUserId);
        if (!created.IsSuccess)
        {
            return (null, created.Error!.Code);
        }

        db.RedFlagRules.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return (created.Value.Id, null);
    }

    public async Task<string?> ChangeAsync(Guid id, string? category, string? language, RedFlagRuleKind kind, string? pattern, string? unless, bool active, string adminUserId, CancellationToken cancellationToken)
    {
        var rule = await db.RedFlagRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return "redflag.not_found";
        }

        var changed = rule.Change(category, language, kind, pattern, unless, active, clock.GetUtcNow(), adminUserId);
        if (!changed.IsSuccess)
        {
            return changed.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>What the active rules find in a sample text, and the text as the rules read it.</summary>
    public async Task<(IReadOnlyList<RedFlagHit> Hits, string Normalised)> TryAsync(string? text, CancellationToken cancellationToken)
    {
        var rules = await db.RedFlagRules.AsNoTracking().Where(r => r.Active).ToListAsync(cancellationToken);
        return (RedFlagScreener.Screen(rules, ScreeningInput.ForText(text)), ScreeningText.Of(text).Flat);
    }

    private static RedFlagRuleRow Row(RedFlagRule r) => new(r.Id, r.Category, r.Language, r.Kind, r.Pattern, r.Unless, r.Active, r.UpdatedAt);
}
