using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>
/// Yabancı Kimlik Numarası (YKN): the 11-digit number Türkiye gives foreigners, including people under temporary
/// protection. It starts with 99 and carries the same two check digits as a TCKN.
/// </summary>
public sealed record ForeignerIdentityNumber
{
    private ForeignerIdentityNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<ForeignerIdentityNumber> Create(string? input)
    {
        var checkedDigits = IdentityNumberChecksum.Validate(input, "ykn");
        if (!checkedDigits.IsSuccess)
        {
            return Result<ForeignerIdentityNumber>.Failure(checkedDigits.Error!);
        }

        return checkedDigits.Value.StartsWith("99", StringComparison.Ordinal)
            ? Result<ForeignerIdentityNumber>.Success(new ForeignerIdentityNumber(checkedDigits.Value))
            : Result<ForeignerIdentityNumber>.Failure("ykn.prefix");
    }

    /// <summary>The number with its middle digits hidden, for pages that only need to recognise it.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 2), "*******", Value.AsSpan(9, 2));

    public override string ToString() => Value;
}
