using System.Globalization;
using System.Text;

namespace LabourHub.Application.Common;

/// <summary>
/// Folds text for matching what people type on any keyboard: lower case, Turkish letters mapped to ASCII
/// ("Kaynakçı" and "KAYNAKCI" both become "kaynakci"), other diacritics and Arabic short vowels removed.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var folded = c switch
            {
                'İ' or 'I' or 'ı' => 'i',
                'Ğ' or 'ğ' => 'g',
                'Ş' or 'ş' => 's',
                'Ç' or 'ç' => 'c',
                'Ö' or 'ö' => 'o',
                'Ü' or 'ü' => 'u',
                'أ' or 'إ' or 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => c,
            };
            var category = CharUnicodeInfo.GetUnicodeCategory(folded);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(folded));
        }

        return builder.ToString();
    }
}
