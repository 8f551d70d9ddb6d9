using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>T.C. Kimlik Numarası (TCKN): a Turkish citizen's 11-digit number with two check digits.</summary>
public sealed record CitizenIdentityNumber
{
    private CitizenIdentityNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<CitizenIdentityNumber> Create(string? input)
    {
        var checkedDigits = IdentityNumberChecksum.Validate(input, "tckn");
        if (!checkedDigits.IsSuccess)
        {
            return Result<CitizenIdentityNumber>.Failure(checkedDigits.Error!);
        }

        // Numbers that start with 99 are foreigner identity numbers, never a citizen's.
        return checkedDigits.Value.StartsWith("99", StringComparison.Ordinal)
            ? Result<CitizenIdentityNumber>.Failure("tckn.is_foreigner_number")
            : Result<CitizenIdentityNumber>.Success(new CitizenIdentityNumber(checkedDigits.Value));
    }

    public override string ToString() => Value;
}
