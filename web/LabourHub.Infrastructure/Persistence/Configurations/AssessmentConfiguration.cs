using LabourHub.Domain.Assessments;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<LabourNeedsAssessment>
{
    public void Configure(EntityTypeBuilder<LabourNeedsAssessment> builder)
    {
        builder.ToTable("Assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, v => new AssessmentId(v));
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.NaceSection).HasMaxLength(1);
        builder.Property(a => a.Source).HasMaxLength(300);
        builder.Property(a => a.Method).HasMaxLength(2000);
        builder.OwnsMany(a => a.Lines, line =>
        {
            line.ToTable("AssessmentLines");
            line.WithOwner().HasForeignKey("AssessmentId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.IscoCode).HasMaxLength(4);
            line.Property(l => l.WageMin).HasConversion(ValueConversions.Money);
            line.Property(l => l.WageMax).HasConversion(ValueConversions.Money);
            line.PrimitiveCollection(l => l.RequiredSkillUris);
            line.PrimitiveCollection(l => l.LanguageCodes);
            line.PrimitiveCollection(l => l.HardToFillReasons);
        });
        builder.Navigation(a => a.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.ProvinceCode, a.NaceSection });
    }
}
