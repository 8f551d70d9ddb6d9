using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.ValueObjects;

[Trait("Capability", "Foundation")]
public sealed class IdentityNumberTests
{
    // 10000000146 is the checksum-valid number commonly used in Turkish test documentation.
    [Theory]
    [InlineData("10000000146")]
    [InlineData("100 000 001 46")]
    public void CitizenCreate_ValidNumber_Succeeds(string input) =>
        Assert.True(CitizenIdentityNumber.Create(input).IsSuccess);

    [Theory]
    [InlineData("", "tckn.required")]
    [InlineData("01000000146", "tckn.format")]
    [InlineData("1000000014", "tckn.format")]
    [InlineData("10000000147", "tckn.check_digit")]
    [InlineData("10000000156", "tckn.check_digit")]
    public void CitizenCreate_InvalidNumber_FailsWithCode(string input, string code) =>
        Assert.Equal(code, CitizenIdentityNumber.Create(input).Error!.Code);

    [Fact]
    public void CitizenCreate_ForeignerNumber_IsRefused()
    {
        var ykn = ValidWithPrefix("99", 1234567);

        Assert.Equal("tckn.is_foreigner_number", CitizenIdentityNumber.Create(ykn).Error!.Code);
        Assert.True(ForeignerIdentityNumber.Create(ykn).IsSuccess);
    }

    [Fact]
    public void ForeignerCreate_NumberNotStartingWith99_IsRefused() =>
        Assert.Equal("ykn.prefix", ForeignerIdentityNumber.Create("10000000146").Error!.Code);

    [Fact]
    public void ForeignerMasked_HidesTheMiddleDigits()
    {
        var ykn = ForeignerIdentityNumber.Create(ValidWithPrefix("99", 7654321)).Value;

        Assert.Equal(ykn.Value[..2] + "*******" + ykn.Value[9..], ykn.Masked);
    }

    [Property(MaxTest = 500)]
    public Property ForeignerCreate_AcceptsEveryChecksumValid99Number()
    {
        var numbers = Gen.Choose(0, 9_999_999).Select(n => ValidWithPrefix("99", n));
        return Prop.ForAll(numbers.ToArbitrary(), number => ForeignerIdentityNumber.Create(number).IsSuccess);
    }

    [Property(MaxTest = 500)]
    public Property Create_RefusesAnySingleDigitChange()
    {
        var cases = from n in Gen.Choose(0, 9_999_999)
                    from position in Gen.Choose(0, 10)
                    from delta in Gen.Choose(1, 9)
                    select (Number: ValidWithPrefix("99", n), Position: position, Delta: delta);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var digits = c.Number.ToCharArray();
            digits[c.Position] = (char)('0' + ((digits[c.Position] - '0' + c.Delta) % 10));
            var changed = new string(digits);
            return !ForeignerIdentityNumber.Create(changed).IsSuccess && !CitizenIdentityNumber.Create(changed).IsSuccess;
        });
    }

    [Property(MaxTest = 300)]
    public Property Create_NeverThrows_OnAnyString(string? anything)
    {
        var a = CitizenIdentityNumber.Create(anything);
        var b = ForeignerIdentityNumber.Create(anything);
        return ((a.IsSuccess ^ (a.Error is not null)) && (b.IsSuccess ^ (b.Error is not null))).ToProperty();
    }

    internal static string ValidWithPrefix(string prefix, int rest)
    {
        var nine = prefix + rest.ToString("D7", CultureInfo.InvariantCulture);
        var (tenth, eleventh) = IdentityNumberChecksum.Compute(nine);
        return string.Create(CultureInfo.InvariantCulture, $"{nine}{tenth}{eleventh}");
    }
}
