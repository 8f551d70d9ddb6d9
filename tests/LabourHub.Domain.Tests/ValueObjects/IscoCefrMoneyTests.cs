using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Tests.ValueObjects;

[Trait("Capability", "Foundation")]
public sealed class IscoCefrMoneyTests
{
    private sealed class Catalog(params string[] codes) : IIscoCodeCatalog
    {
        public bool Exists(string code) => codes.Contains(code);
    }

    private static readonly Catalog Known = new("7", "72", "721", "7212", "9313");

    [Fact]
    public void IscoCreate_KnownCode_Succeeds_AndKnowsItsPlaceInTheTree()
    {
        var welder = IscoCode.Create(" 7212 ", Known).Value;

        Assert.Equal("7212", welder.Value);
        Assert.Equal(4, welder.Level);
        Assert.True(welder.IsWithin(IscoCode.Create("72", Known).Value));
        Assert.False(welder.IsWithin(IscoCode.Create("9313", Known).Value));
    }

    [Theory]
    [InlineData(null, "isco.required")]
    [InlineData("72120", "isco.format")]
    [InlineData("72a", "isco.format")]
    [InlineData("7213", "isco.unknown")]
    public void IscoCreate_BadCode_FailsWithCode(string? input, string code) =>
        Assert.Equal(code, IscoCode.Create(input, Known).Error!.Code);

    [Property(MaxTest = 300)]
    public Property IscoCreate_OnlyAcceptsCodesInTheCatalogue(string? anything) =>
        (!IscoCode.Create(anything, Known).IsSuccess || Known.Exists(anything!.Trim())).ToProperty();

    [Theory]
    [InlineData("a1", 1)]
    [InlineData("B2", 4)]
    [InlineData(" c2 ", 6)]
    public void CefrCreate_Levels_AreRanked(string input, int rank) =>
        Assert.Equal(rank, CefrLevel.Create(input).Value.Rank);

    [Theory]
    [InlineData("", "cefr.required")]
    [InlineData("B3", "cefr.unknown")]
    [InlineData("native", "cefr.unknown")]
    public void CefrCreate_Unknown_FailsWithCode(string input, string code) =>
        Assert.Equal(code, CefrLevel.Create(input).Error!.Code);

    [Fact]
    public void CefrMeets_ComparesRanks()
    {
        Assert.True(CefrLevel.B2.Meets(CefrLevel.B1));
        Assert.True(CefrLevel.B1.Meets(CefrLevel.B1));
        Assert.False(CefrLevel.A2.Meets(CefrLevel.B1));
    }

    [Theory]
    [InlineData(26005.50, 2600550)]
    [InlineData(0, 0)]
    [InlineData(17002.12, 1700212)]
    public void MoneyFromLira_HoldsExactKurus(double lira, long kurus) =>
        Assert.Equal(kurus, Money.FromLira((decimal)lira).Value.Kurus);

    [Theory]
    [InlineData(-1, "money.negative")]
    [InlineData(10.005, "money.precision")]
    public void MoneyFromLira_BadAmount_FailsWithCode(double lira, string code) =>
        Assert.Equal(code, Money.FromLira((decimal)lira).Error!.Code);

    [Fact]
    public void MoneyToString_IsInvariant() =>
        Assert.Equal("26005.50 TRY", Money.FromKurus(2_600_550).ToString());

    [Property(MaxTest = 300)]
    public Property MoneyAddition_IsExactInKurus(uint a, uint b) =>
        (Money.FromKurus(a).Add(Money.FromKurus(b)).Kurus == (long)a + b).ToProperty();
}
