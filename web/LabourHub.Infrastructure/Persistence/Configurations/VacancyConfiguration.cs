using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("Vacancies");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasConversion(id => id.Value, v => new VacancyId(v));
        builder.Property(v => v.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Title).HasMaxLength(150);
        builder.Property(v => v.Description).HasMaxLength(8000);
        builder.Property(v => v.IscoCode).HasMaxLength(4);
        builder.Property(v => v.District).HasMaxLength(80);
        builder.Property(v => v.WageMin).HasConversion(ValueConversions.Money);
        builder.Property(v => v.WageMax).HasConversion(ValueConversions.Money);
        builder.Property(v => v.Shift).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ScreeningFlags).HasMaxLength(200);
        builder.Ignore(v => v.Flags);
        builder.Property<string>(DatabaseVacancySearch.SearchTextProperty).HasMaxLength(8200);
        builder.PrimitiveCollection(v => v.EssentialSkillUris).HasField("_essentialSkillUris").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(v => v.OptionalSkillUris).HasField("_optionalSkillUris").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(v => v.Languages, language =>
        {
            language.ToTable("VacancyLanguages");
            language.WithOwner().HasForeignKey("VacancyId");
            language.Property<int>("Id");
            language.HasKey("Id");
            language.Property(l => l.LanguageCode).HasMaxLength(3);
            language.Property(l => l.Minimum).HasConversion(ValueConversions.Cefr).HasMaxLength(2);
        });
        builder.Navigation(v => v.Languages).HasField("_languages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(v => v.Translations, translation =>
        {
            translation.ToTable("VacancyTranslations");
            translation.WithOwner().HasForeignKey("VacancyId");
            translation.Property<int>("Id");
            translation.HasKey("Id");
            translation.Property(t => t.LanguageCode).HasMaxLength(3);
            translation.Property(t => t.Description).HasMaxLength(8000);
        });
        builder.Navigation(v => v.Translations).HasField("_translations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(v => new { v.Status, v.PostedAt });
        builder.HasIndex(v => v.ProvinceCode);
        builder.HasIndex(v => v.IscoCode);
    }
}
