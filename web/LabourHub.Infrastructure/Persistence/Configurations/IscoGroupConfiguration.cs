using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class IscoGroupConfiguration : IEntityTypeConfiguration<IscoGroup>
{
    public void Configure(EntityTypeBuilder<IscoGroup> builder)
    {
        builder.ToTable("IscoGroups").HasKey(g => g.Code);
        builder.Property(g => g.Code).HasMaxLength(4);
        builder.Property(g => g.ParentCode).HasMaxLength(4);
    }
}
