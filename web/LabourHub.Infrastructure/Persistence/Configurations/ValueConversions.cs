using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>How value objects are stored: as the plain text or number they wrap, re-validated on the way back.</summary>
internal static class ValueConversions
{
    public static readonly ValueConverter<Money, long> Money = new(m => m.Kurus, k => Domain.ValueObjects.Money.FromKurus(k));

    public static readonly ValueConverter<CefrLevel, string> Cefr = new(c => c.Code, s => CefrLevel.Create(s).Value);

    public static readonly ValueConverter<TaxNumber, string> TaxNumber = new(t => t.Value, s => Domain.ValueObjects.TaxNumber.Create(s).Value);

    // EF Core never passes null through a converter, so the optional value objects convert like required ones.
    public static readonly ValueConverter<PhoneNumber?, string> Phone = new(p => p!.Value, s => PhoneNumber.Create(s).Value);

    public static readonly ValueConverter<ForeignerIdentityNumber?, string> ForeignerId =
        new(y => y!.Value, s => ForeignerIdentityNumber.Create(s).Value);
}
