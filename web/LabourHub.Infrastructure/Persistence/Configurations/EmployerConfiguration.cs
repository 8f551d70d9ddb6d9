using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("Employers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.Property(e => e.TaxNumber).HasConversion(ValueConversions.TaxNumber).HasMaxLength(10);
        builder.HasIndex(e => e.TaxNumber).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.NaceCode).HasMaxLength(8);
        builder.Property(e => e.NaceSection).HasMaxLength(1);
        builder.Property(e => e.District).HasMaxLength(80);
        builder.Property(e => e.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.OwnerUserId).HasMaxLength(100);
        builder.HasIndex(e => e.ProvinceCode);
    }
}
