using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class ProvinceDistanceConfiguration : IEntityTypeConfiguration<ProvinceDistance>
{
    public void Configure(EntityTypeBuilder<ProvinceDistance> builder)
    {
        builder.ToTable("ProvinceDistances").HasKey(d => new { d.FromProvinceCode, d.ToProvinceCode });
    }
}
