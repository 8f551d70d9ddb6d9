using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class MinimumWageConfiguration : IEntityTypeConfiguration<MinimumWage>
{
    public void Configure(EntityTypeBuilder<MinimumWage> builder)
    {
        builder.ToTable("MinimumWages").HasKey(w => w.ValidFrom);
        builder.Property(w => w.GrossMonthly).HasConversion(ValueConversions.Money);
        builder.Property(w => w.NetMonthly).HasConversion(ValueConversions.Money);
    }
}
