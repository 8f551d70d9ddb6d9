using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("Workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.Property(w => w.UserId).HasMaxLength(100);
        builder.HasIndex(w => w.UserId).IsUnique();
        builder.Property(w => w.DisplayName).HasMaxLength(120);
        builder.Property(w => w.Phone).HasConversion(ValueConversions.Phone).HasMaxLength(16);
        builder.Property(w => w.ForeignerIdentityNumber).HasConversion(ValueConversions.ForeignerId).HasMaxLength(11);
        builder.Property(w => w.NationalityCode).HasMaxLength(2);
        builder.Property(w => w.ProtectionStatus).HasConversion<string>().HasMaxLength(40);
        builder.Property(w => w.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.WageExpectation).HasConversion(ValueConversions.Money);
        builder.PrimitiveCollection(w => w.OccupationCodes).HasField("_occupationCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(w => w.SkillUris).HasField("_skillUris").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(w => w.Languages, language =>
        {
            language.ToTable("WorkerLanguages");
            language.WithOwner().HasForeignKey("WorkerId");
            language.Property<int>("Id");
            language.HasKey("Id");
            language.Property(l => l.LanguageCode).HasMaxLength(3);
            language.Property(l => l.Level).HasConversion(ValueConversions.Cefr).HasMaxLength(2);
            language.HasIndex(l => l.LanguageCode);
        });
        builder.Navigation(w => w.Languages).HasField("_languages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(w => w.RegisteredProvinceCode);
    }
}
