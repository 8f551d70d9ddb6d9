using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.ValueObjects;

[Trait("Capability", "Foundation")]
public sealed class TaxNumberTests
{
    [Theory]
    [InlineData("1234567890")]
    [InlineData("123 456 78-90")]
    public void Create_ValidNumber_Succeeds(string input)
    {
        var result = TaxNumber.Create(input);

        Assert.True(result.IsSuccess);
        Assert.Equal(10, result.Value.Value.Length);
    }

    [Theory]
    [InlineData(null, "vkn.required")]
    [InlineData("  ", "vkn.required")]
    [InlineData("123456789", "vkn.format")]
    [InlineData("12345678901", "vkn.format")]
    [InlineData("12345678a0", "vkn.format")]
    [InlineData("1234567891", "vkn.check_digit")]
    public void Create_InvalidNumber_FailsWithCode(string? input, string code)
    {
        var result = TaxNumber.Create(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
    }

    [Property(MaxTest = 500)]
    public Property Create_AcceptsExactlyTheComputedCheckDigit()
    {
        var nineDigits = Gen.Choose(0, 999_999_999).Select(n => n.ToString("D9", CultureInfo.InvariantCulture));
        return Prop.ForAll(nineDigits.ToArbitrary(), nine =>
        {
            var check = TaxNumber.CheckDigit(nine);
            var accepted = Enumerable.Range(0, 10).Where(d => TaxNumber.Create(nine + d.ToString(CultureInfo.InvariantCulture)).IsSuccess).ToList();
            return accepted.Count == 1 && accepted[0] == check;
        });
    }

    [Property(MaxTest = 300)]
    public Property Create_NeverThrows_OnAnyString(string? anything) =>
        (TaxNumber.Create(anything).IsSuccess || TaxNumber.Create(anything).Error is not null).ToProperty();
}
