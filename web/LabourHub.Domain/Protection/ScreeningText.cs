using System.Globalization;
using System.Text;

namespace LabourHub.Domain.Protection;

/// <summary>
/// Text made ready for red-flag matching, so that the usual ways of slipping a word past a filter do not work:
/// case, Turkish letters typed without their marks ("ucret" for "ücret"), Arabic short vowels and tatweel, the
/// Persian and Arabic forms of the same letter (ی/ي/ى, ک/ك, ه/ة), Cyrillic or Greek look-alike letters inside Latin
/// words, digits for letters ("dep0zit0"), zero-width characters, and letters spaced or dotted apart
/// ("d e p o z i t o", "d.e.p.o.z.i.t.o"). Words stay words: matching is on whole words, so "fee" does not match
/// "coffee".
/// </summary>
public sealed class ScreeningText
{
    private static readonly string[] ArabicProclitics = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

    private ScreeningText(IReadOnlyList<string> tokens)
    {
        Tokens = tokens;
        Flat = string.Join(' ', tokens);
    }

    /// <summary>The words, normalised; a run of spaced-out single letters is one word.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The words joined by single spaces: what <see cref="RedFlagRuleKind.Pattern"/> rules read.</summary>
    public string Flat { get; }

    public static ScreeningText Of(string? text) => new(Tokenise(Normalise(text), mergeSpacedLetters: true));

    /// <summary>A rule's words: normalised like the text; a trailing * lets the word take any ending.</summary>
    public static IReadOnlyList<PhraseToken> PhraseTokens(string? phrase)
    {
        var result = new List<PhraseToken>();
        foreach (var piece in (phrase ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Tokenise(Normalise(piece.TrimEnd('*')), mergeSpacedLetters: false);
            for (var i = 0; i < words.Count; i++)
            {
                result.Add(new PhraseToken(words[i], i == words.Count - 1 && piece.EndsWith('*')));
            }
        }

        return result;
    }

    /// <summary>Lower case, marks and invisible characters removed, letter variants and look-alikes unified.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || c == '\u0640')
            {
                continue;
            }

            builder.Append(Unify(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    /// <summary>Whether a word of the text matches a word of a rule (Arabic words also without و ف ب ل ك ال in front).</summary>
    public static bool Matches(string word, PhraseToken token)
    {
        if (Same(word, token))
        {
            return true;
        }

        if (word.Length < 4 || !IsArabicLetter(word[0]))
        {
            return false;
        }

        foreach (var clitic in ArabicProclitics)
        {
            if (word.Length - clitic.Length >= 3 && word.StartsWith(clitic, StringComparison.Ordinal) && Same(word[clitic.Length..], token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string word, PhraseToken token) =>
        token.Prefix ? word.StartsWith(token.Text, StringComparison.Ordinal) : string.Equals(word, token.Text, StringComparison.Ordinal);

    private static char Unify(char c) => c switch
    {
        'ı' => 'i',
        'ي' or 'ى' or 'ی' or 'ې' or 'ۍ' => 'ي',
        'ک' or 'ك' or 'ڪ' => 'ك',
        'ة' or 'ە' or 'ھ' or 'ۀ' => 'ه',
        'ٱ' => 'ا',
        // Cyrillic and Greek letters that look Latin
        'а' or 'α' => 'a',
        'в' or 'β' => 'b',
        'с' or 'ς' => 'c',
        'е' or 'ε' or 'ё' => 'e',
        'һ' or 'н' => 'h',
        'і' or 'ι' or 'ї' => 'i',
        'ј' => 'j',
        'к' or 'κ' => 'k',
        'м' => 'm',
        'ո' or 'η' or 'п' => 'n',
        'о' or 'ο' or 'σ' => 'o',
        'р' or 'ρ' => 'p',
        'ѕ' => 's',
        'т' or 'τ' => 't',
        'υ' or 'μ' => 'u',
        'ν' => 'v',
        'х' or 'χ' => 'x',
        'у' or 'γ' => 'y',
        'ᴢ' => 'z',
        _ when c is >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        _ when c is >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '@';

    private static List<string> Tokenise(string text, bool mergeSpacedLetters)
    {
        var words = new List<string>();
        var gaps = new List<int>();
        var i = 0;
        var gap = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                gap++;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            words.Add(Deleet(text[start..i]));
            gaps.Add(gap);
            gap = 0;
        }

        return mergeSpacedLetters ? MergeSpacedLetters(words, gaps) : words;
    }

    /// <summary>
    /// Three or more single letters in a row are one spaced-out word; a wider gap than the others inside the run
    /// marks a word boundary ("k i m l i k   t u t" is "kimlik tut").
    /// </summary>
    private static List<string> MergeSpacedLetters(List<string> words, List<int> gaps)
    {
        var result = new List<string>(words.Count);
        var i = 0;
        while (i < words.Count)
        {
            var end = i;
            while (end < words.Count && words[end].Length == 1 && char.IsLetter(words[end][0]))
            {
                end++;
            }

            if (end - i < 3)
            {
                result.Add(words[i]);
                i++;
                continue;
            }

            var narrowest = Enumerable.Range(i + 1, end - i - 1).Min(k => gaps[k]);
            var word = new StringBuilder(words[i]);
            for (var k = i + 1; k < end; k++)
            {
                if (gaps[k] > narrowest)
                {
                    result.Add(word.ToString());
                    word.Clear();
                }

                word.Append(words[k]);
            }

            result.Add(word.ToString());
            i = end;
        }

        return result;
    }

    /// <summary>Digits (and @) standing for letters inside a Latin word; a number at the start ("14yasinda", "2000tl") stays.</summary>
    private static string Deleet(string word)
    {
        var letters = word.Count(c => c is >= 'a' and <= 'z');
        if (letters == 0 || letters * 2 < word.Length)
        {
            return word.Replace('@', 'a');
        }

        var chars = word.ToCharArray();
        var leading = true;
        for (var k = 0; k < chars.Length; k++)
        {
            if (leading && char.IsDigit(chars[k]))
            {
                continue;
            }

            leading = false;
            chars[k] = chars[k] switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '@' => 'a',
                _ => chars[k],
            };
        }

        return new string(chars);
    }
}
