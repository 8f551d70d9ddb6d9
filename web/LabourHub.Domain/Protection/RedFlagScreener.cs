using System.Text.RegularExpressions;

namespace LabourHub.Domain.Protection;

/// <summary>
/// Screens text against the red-flag rules (the employer-pays principle and the warning signs of exploitation). Every
/// rule is tried against every text whatever its language: an employer may write Arabic on a Turkish form. The
/// answer is one hit per category, with the rule that found it, so people can be told why and a case worker can judge.
/// </summary>
public static class RedFlagScreener
{
    /// <summary>Words allowed between two words of a phrase ("kimliğinizi de ilk gün teslim edin" for "kimli* teslim*").</summary>
    public const int MaxGap = 3;

    /// <summary>Spaced-apart pieces of one word tried together ("depo zito", "de po zi to").</summary>
    private const int MaxPieces = 4;

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    public static IReadOnlyList<RedFlagHit> Screen(IEnumerable<RedFlagRule> rules, ScreeningInput input)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(input);
        var texts = input.Texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(ScreeningText.Of).ToList();
        var hits = new List<RedFlagHit>();
        foreach (var rule in rules.Where(r => r.Active).OrderBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.Id))
        {
            if (hits.Any(h => h.Category == rule.Category) || !Fires(rule, texts, input))
            {
                continue;
            }

            if (rule.Unless is { } unless && unless.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Any(phrase => texts.Any(t => PhraseMatches(t, ScreeningText.PhraseTokens(phrase)))))
            {
                continue;
            }

            hits.Add(new RedFlagHit(rule.Category, rule.Id, rule.Language, rule.Pattern));
        }

        return hits;
    }

    /// <summary>Whether a phrase (words in order, a few words apart at most) occurs in the text.</summary>
    public static bool PhraseMatches(ScreeningText text, IReadOnlyList<PhraseToken> phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Count == 0)
        {
            return false;
        }

        var words = text.Tokens;
        for (var i = 0; i < words.Count; i++)
        {
            if (ScreeningText.Matches(words[i], phrase[0]) && Rest(words, i + 1, phrase, 1))
            {
                return true;
            }
        }

        return phrase.Count == 1 && phrase[0].Text.Length >= 5 && Pieces(words, phrase[0]);
    }

    private static bool Fires(RedFlagRule rule, List<ScreeningText> texts, ScreeningInput input) => rule.Kind switch
    {
        RedFlagRuleKind.Phrase => texts.Any(t => PhraseMatches(t, ScreeningText.PhraseTokens(rule.Pattern))),
        RedFlagRuleKind.Pattern => texts.Any(t => RegexMatches(rule.Pattern, t.Flat)),
        RedFlagRuleKind.WageMultiple => input.IscoCode is { Length: > 0 } isco && isco[0] == '9'
            && input.TopWageLira is { } top && input.MinimumNetWageLira is { } minimum && minimum > 0
            && top >= minimum * rule.WageMultiple,
        _ => false,
    };

    private static bool Rest(IReadOnlyList<string> words, int from, IReadOnlyList<PhraseToken> phrase, int next)
    {
        if (next == phrase.Count)
        {
            return true;
        }

        for (var j = from; j < words.Count && j <= from + MaxGap; j++)
        {
            if (ScreeningText.Matches(words[j], phrase[next]) && Rest(words, j + 1, phrase, next + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A long single word split by spaces into a few pieces: the pieces joined must be the word.</summary>
    private static bool Pieces(IReadOnlyList<string> words, PhraseToken token)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var joined = words[i];
            for (var k = i + 1; k < words.Count && k < i + MaxPieces; k++)
            {
                joined += words[k];
                if (joined.Length > token.Text.Length + 12)
                {
                    break;
                }

                if (ScreeningText.Matches(joined, token))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool RegexMatches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
