using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>The two check digits shared by the TCKN and the foreigner identity number (YKN).</summary>
public static class IdentityNumberChecksum
{
    /// <summary>Computes digits 10 and 11 from the first nine digits.</summary>
    public static (int Tenth, int Eleventh) Compute(string firstNineDigits)
    {
        ArgumentNullException.ThrowIfNull(firstNineDigits);
        var odd = 0;
        var even = 0;
        for (var i = 0; i < 9; i++)
        {
            if (i % 2 == 0)
            {
                odd += Digits.At(firstNineDigits, i);
            }
            else
            {
                even += Digits.At(firstNineDigits, i);
            }
        }

        var tenth = (((odd * 7) - even) % 10 + 10) % 10;
        var eleventh = (odd + even + tenth) % 10;
        return (tenth, eleventh);
    }

    internal static Result<string> Validate(string? input, string codePrefix)
    {
        var digits = Digits.Normalise(input);
        if (digits is null)
        {
            return Result<string>.Failure($"{codePrefix}.required");
        }

        if (digits.Length != 11 || !Digits.AllAsciiDigits(digits) || digits[0] == '0')
        {
            return Result<string>.Failure($"{codePrefix}.format");
        }

        var (tenth, eleventh) = Compute(digits);
        return tenth == Digits.At(digits, 9) && eleventh == Digits.At(digits, 10)
            ? Result<string>.Success(digits)
            : Result<string>.Failure($"{codePrefix}.check_digit");
    }
}
