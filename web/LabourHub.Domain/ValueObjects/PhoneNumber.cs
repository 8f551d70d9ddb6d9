using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>
/// A phone number in E.164 form: "+", a country code and at most 15 digits in all. Turkish numbers typed the
/// local way ("0532 123 45 67" or "532 123 45 67") are accepted and stored as +90....
/// </summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<PhoneNumber> Create(string? input)
    {
        var compact = Digits.Normalise(input);
        if (compact is null)
        {
            return Result<PhoneNumber>.Failure("phone.required");
        }

        string e164;
        if (compact.StartsWith('+'))
        {
            e164 = compact;
        }
        else if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            e164 = "+" + compact[2..];
        }
        else if (compact.Length == 11 && compact[0] == '0')
        {
            e164 = "+90" + compact[1..];
        }
        else if (compact.Length == 10 && compact[0] != '0')
        {
            e164 = "+90" + compact;
        }
        else
        {
            return Result<PhoneNumber>.Failure("phone.format");
        }

        var digits = e164[1..];
        if (digits.Length is < 8 or > 15 || !Digits.AllAsciiDigits(digits) || digits[0] == '0')
        {
            return Result<PhoneNumber>.Failure("phone.format");
        }

        // Turkish numbers have exactly ten digits after +90.
        if (digits.StartsWith("90", StringComparison.Ordinal) && digits.Length != 12)
        {
            return Result<PhoneNumber>.Failure("phone.format");
        }

        return Result<PhoneNumber>.Success(new PhoneNumber(e164));
    }

    public override string ToString() => Value;
}
