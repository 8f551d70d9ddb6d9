using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class EscoOccupationConfiguration : IEntityTypeConfiguration<EscoOccupation>
{
    public void Configure(EntityTypeBuilder<EscoOccupation> builder)
    {
        builder.ToTable("EscoOccupations").HasKey(o => o.Uri);
        builder.Property(o => o.IscoCode).HasMaxLength(4);
        builder.HasIndex(o => o.IscoCode);
    }
}
