using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>
/// An ISCO-08 group code (1 to 4 digits: major, sub-major, minor or unit group) that exists in the reference data.
/// ISCO-08 is LabourHub's canonical occupation key (İŞKUR and SGK occupation codes are built on it).
/// </summary>
public sealed record IscoCode
{
    private IscoCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>1 = major group … 4 = unit group.</summary>
    public int Level => Value.Length;

    public string MajorGroup => Value[..1];

    public static Result<IscoCode> Create(string? input, IIscoCodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var shape = CheckShape(input);
        if (!shape.IsSuccess)
        {
            return shape;
        }

        return catalog.Exists(shape.Value.Value)
            ? shape
            : Result<IscoCode>.Failure("isco.unknown");
    }

    /// <summary>True when this group lies under (or is) <paramref name="ancestor"/> in the ISCO-08 tree.</summary>
    public bool IsWithin(IscoCode ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        return Value.StartsWith(ancestor.Value, StringComparison.Ordinal);
    }

    /// <summary>Rebuilds a code read back from storage, where it was validated against the catalogue on the way in.</summary>
    internal static IscoCode Rehydrate(string stored) =>
        CheckShape(stored) is { IsSuccess: true } ok ? ok.Value : throw new DomainRuleException(new DomainError("isco.format"));

    private static Result<IscoCode> CheckShape(string? input)
    {
        var code = input?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return Result<IscoCode>.Failure("isco.required");
        }

        return code.Length is >= 1 and <= 4 && Digits.AllAsciiDigits(code)
            ? Result<IscoCode>.Success(new IscoCode(code))
            : Result<IscoCode>.Failure("isco.format");
    }

    public override string ToString() => Value;
}
