using System.Text;
using LabourHub.Application.Common;
using LabourHub.Application.Workers.Documents;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Infrastructure.Documents;

/// <summary>
/// Finds ESCO skill and occupation labels (preferred and alternative, English) in free text by looking up every run
/// of one to six folded words in a dictionary of labels. Built on first use from the reference data and kept for the
/// life of the process; single-word labels shorter than four letters are left out because they match noise.
/// </summary>
public sealed class EscoLabelMatcher(IServiceScopeFactory scopes) : ISkillLabelMatcher
{
    private const int MaxWords = 6;
    private readonly Lazy<Dictionary<string, LabelMatch>> _labels = new(() => Build(scopes), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<LabelMatch> Match(string text, int limit)
    {
        var words = Words(text);
        var labels = _labels.Value;
        var found = new List<LabelMatch>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var key = new StringBuilder();
        for (var start = 0; start < words.Count && found.Count < limit; start++)
        {
            // Longest label first, so "weld metal pipes" wins over "weld".
            LabelMatch? best = null;
            key.Clear();
            var candidates = new List<string>(MaxWords);
            for (var length = 1; length <= MaxWords && start + length <= words.Count; length++)
            {
                if (length > 1)
                {
                    key.Append(' ');
                }

                key.Append(words[start + length - 1]);
                candidates.Add(key.ToString());
            }

            for (var i = candidates.Count - 1; i >= 0 && best is null; i--)
            {
                labels.TryGetValue(candidates[i], out best);
            }

            if (best is not null && seen.Add(best.Uri))
            {
                found.Add(best);
            }
        }

        return found;
    }

    private static List<string> Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static Dictionary<string, LabelMatch> Build(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var labels = new Dictionary<string, LabelMatch>(StringComparer.Ordinal);
        void Add(string label, LabelMatch match)
        {
            var key = string.Join(' ', Words(label));
            if (key.Length == 0 || key.Count(c => c == ' ') >= MaxWords || (!key.Contains(' ', StringComparison.Ordinal) && key.Length < 4))
            {
                return;
            }

            labels.TryAdd(key, match);
        }

        foreach (var skill in db.EscoSkills.AsNoTracking().Select(s => new { s.Uri, s.PreferredLabel, s.AltLabels }).AsEnumerable())
        {
            var match = new LabelMatch(skill.Uri, skill.PreferredLabel, null);
            Add(skill.PreferredLabel, match);
            foreach (var alt in skill.AltLabels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(alt, match);
            }
        }

        foreach (var occupation in db.EscoOccupations.AsNoTracking().Select(o => new { o.Uri, o.IscoCode, o.PreferredLabel, o.AltLabels }).AsEnumerable())
        {
            var match = new LabelMatch(occupation.Uri, occupation.PreferredLabel, occupation.IscoCode);
            Add(occupation.PreferredLabel, match);
            foreach (var alt in occupation.AltLabels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(alt, match);
            }
        }

        return labels;
    }
}
