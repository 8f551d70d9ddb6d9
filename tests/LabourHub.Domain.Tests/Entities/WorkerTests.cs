using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;

namespace LabourHub.Domain.Tests.Entities;

[Trait("Capability", "Foundation")]
public sealed class WorkerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    internal static WorkerProfile Profile() => new()
    {
        DisplayName = "Ahmad Haddad",
        NationalityCode = "SY",
        ProtectionStatus = ProtectionStatus.TemporaryProtection,
        ProtectionRegisteredOn = new DateOnly(2019, 3, 1),
        RegisteredProvinceCode = 27,
        AvailableFrom = new DateOnly(2026, 12, 1),
        Languages = [new LanguageSkill("ar", CefrLevel.C2), new LanguageSkill("tr", CefrLevel.B1)],
        SkillUris = ["s1", "s1", "s2"],
    };

    [Fact]
    public void Register_ValidProfile_KeepsWhatWasGiven()
    {
        var worker = Worker.Register(Profile(), "user-1", Now).Value;

        Assert.Equal("Ahmad Haddad", worker.DisplayName);
        Assert.Equal(27, worker.RegisteredProvinceCode);
        Assert.Equal(["s1", "s2"], worker.SkillUris);
        Assert.Equal(2, worker.Languages.Count);
        Assert.Equal(Now, worker.RegisteredAt);
    }

    [Fact]
    public void Register_ProvinceOutside81_Fails() =>
        Assert.Equal("province.unknown", Worker.Register(Profile() with { RegisteredProvinceCode = 82 }, null, Now).Error!.Code);

    [Fact]
    public void Register_ProtectionDateInTheFuture_Fails() =>
        Assert.Equal("worker.protection_date_future",
            Worker.Register(Profile() with { ProtectionRegisteredOn = new DateOnly(2026, 11, 28) }, null, Now).Error!.Code);

    [Fact]
    public void Register_SameLanguageTwice_Fails() =>
        Assert.Equal("worker.language_duplicate",
            Worker.Register(Profile() with { Languages = [new("tr", CefrLevel.A1), new("tr", CefrLevel.B1)] }, null, Now).Error!.Code);

    [Fact]
    public void Register_Child_Fails() =>
        Assert.Equal("worker.birth_year", Worker.Register(Profile() with { BirthYear = 2014 }, null, Now).Error!.Code);

    [Theory]
    [InlineData("")]
    [InlineData("Syria")]
    [InlineData("sy")]
    public void Register_BadNationality_Fails(string nationality) =>
        Assert.Equal("worker.nationality", Worker.Register(Profile() with { NationalityCode = nationality }, null, Now).Error!.Code);
}
