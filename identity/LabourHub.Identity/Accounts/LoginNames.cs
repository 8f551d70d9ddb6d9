using System.Net.Mail;

namespace LabourHub.Identity.Accounts;

/// <summary>
/// People sign in with an e-mail address or a phone number. Phone numbers are stored in E.164 form as the login
/// name, whatever way they were typed (0532 123 45 67, +90 532 …).
/// </summary>
public static class LoginNames
{
    public static string? Normalise(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return MailAddress.TryCreate(text, out var address) ? address.Address.ToLowerInvariant() : null;
        }

        var digits = string.Concat(text.Where(c => char.IsAsciiDigit(c) || c == '+'));
        var e164 = digits.StartsWith('+') ? digits
            : digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..]
            : digits.Length == 11 && digits[0] == '0' ? "+90" + digits[1..]
            : digits.Length == 10 && digits[0] == '5' ? "+90" + digits
            : null;
        return e164 is { Length: >= 9 and <= 16 } && e164[1..].All(char.IsAsciiDigit) && e164[1] != '0' ? e164 : null;
    }

    public static bool IsEmail(string login) => login.Contains('@', StringComparison.Ordinal);
}
