using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>
/// Vergi Kimlik Numarası (VKN): a business's 10-digit Turkish tax number whose last digit is a check digit.
/// </summary>
public sealed record TaxNumber
{
    private TaxNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<TaxNumber> Create(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits is null)
        {
            return Result<TaxNumber>.Failure("vkn.required");
        }

        if (digits.Length != 10 || !Digits.AllAsciiDigits(digits))
        {
            return Result<TaxNumber>.Failure("vkn.format");
        }

        return CheckDigit(digits) == Digits.At(digits, 9)
            ? Result<TaxNumber>.Success(new TaxNumber(digits))
            : Result<TaxNumber>.Failure("vkn.check_digit");
    }

    /// <summary>Computes the check digit from the first nine digits (Gelir İdaresi algorithm).</summary>
    public static int CheckDigit(string nineOrMoreDigits)
    {
        ArgumentNullException.ThrowIfNull(nineOrMoreDigits);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var shifted = (Digits.At(nineOrMoreDigits, i) + 9 - i) % 10;
            var weighted = shifted * (1 << (9 - i)) % 9;
            if (shifted != 0 && weighted == 0)
            {
                weighted = 9;
            }

            sum += weighted;
        }

        return (10 - (sum % 10)) % 10;
    }

    public override string ToString() => Value;
}
