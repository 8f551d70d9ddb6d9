using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class NaceActivityConfiguration : IEntityTypeConfiguration<NaceActivity>
{
    public void Configure(EntityTypeBuilder<NaceActivity> builder)
    {
        builder.ToTable("NaceActivities").HasKey(n => n.Code);
        builder.Property(n => n.Code).HasMaxLength(8);
        builder.Property(n => n.ParentCode).HasMaxLength(8);
        builder.Property(n => n.Section).HasMaxLength(1);
    }
}
