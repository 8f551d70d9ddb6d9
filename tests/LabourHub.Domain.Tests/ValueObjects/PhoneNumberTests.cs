using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.ValueObjects;

[Trait("Capability", "Foundation")]
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0532 123 45 67", "+905321234567")]
    [InlineData("532-123-45-67", "+905321234567")]
    [InlineData("+90 (532) 123 45 67", "+905321234567")]
    [InlineData("00963 944 123 456", "+963944123456")]
    [InlineData("+4915112345678", "+4915112345678")]
    public void Create_CommonWritings_NormaliseToE164(string input, string expected) =>
        Assert.Equal(expected, PhoneNumber.Create(input).Value.Value);

    [Theory]
    [InlineData(null, "phone.required")]
    [InlineData("12345", "phone.format")]
    [InlineData("+0532123456", "phone.format")]
    [InlineData("+90532123456", "phone.format")]
    [InlineData("+1234567890123456", "phone.format")]
    [InlineData("0532 abc 45 67", "phone.format")]
    public void Create_BadNumbers_FailWithCode(string? input, string code) =>
        Assert.Equal(code, PhoneNumber.Create(input).Error!.Code);

    [Property(MaxTest = 300)]
    public Property Create_Result_IsAlwaysE164OrAnError(string? anything)
    {
        var result = PhoneNumber.Create(anything);
        return (!result.IsSuccess
            || (result.Value.Value[0] == '+' && result.Value.Value.Length is >= 9 and <= 16 && result.Value.Value[1..].All(char.IsAsciiDigit))).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Create_TurkishMobile_RoundTrips()
    {
        var numbers = Gen.Choose(0, 999_999_999).Select(n => "5" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
        return Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var local = "0" + n;
            var e164 = PhoneNumber.Create(local).Value.Value;
            return e164 == "+90" + n && PhoneNumber.Create(e164).Value.Value == e164;
        });
    }
}
