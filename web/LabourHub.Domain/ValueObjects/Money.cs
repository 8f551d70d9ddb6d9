using System.Globalization;
using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>An amount of Turkish lira held exactly, in kuruş (1 TRY = 100 kuruş). Never negative.</summary>
public readonly record struct Money : IComparable<Money>
{
    public const string Currency = "TRY";

    private Money(long kurus) => Kurus = kurus;

    public long Kurus { get; }

    public decimal Lira => Kurus / 100m;

    public static Money Zero => default;

    public static Money FromKurus(long kurus) =>
        kurus >= 0 ? new Money(kurus) : throw new DomainRuleException(new DomainError("money.negative"));

    /// <summary>From an amount in lira as people type it; refuses negatives and fractions of a kuruş.</summary>
    public static Result<Money> FromLira(decimal lira)
    {
        if (lira < 0)
        {
            return Result<Money>.Failure("money.negative");
        }

        var kurus = lira * 100m;
        if (kurus != decimal.Truncate(kurus))
        {
            return Result<Money>.Failure("money.precision");
        }

        return kurus > long.MaxValue
            ? Result<Money>.Failure("money.too_large")
            : Result<Money>.Success(new Money((long)kurus));
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Kurus + right.Kurus));

    public static bool operator <(Money left, Money right) => left.Kurus < right.Kurus;

    public static bool operator >(Money left, Money right) => left.Kurus > right.Kurus;

    public static bool operator <=(Money left, Money right) => left.Kurus <= right.Kurus;

    public static bool operator >=(Money left, Money right) => left.Kurus >= right.Kurus;

    public Money Add(Money other) => this + other;

    public Money Multiply(decimal factor) =>
        factor >= 0 ? new Money((long)decimal.Round(Kurus * factor, MidpointRounding.ToEven)) : throw new DomainRuleException(new DomainError("money.negative"));

    public int CompareTo(Money other) => Kurus.CompareTo(other.Kurus);

    /// <summary>Invariant text for machines, e.g. "26005.50 TRY"; views format with the reader's culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Lira:0.00} {Currency}");
}
