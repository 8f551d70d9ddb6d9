using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Matching.Models;

internal sealed class MatchingModelVersionConfiguration : IEntityTypeConfiguration<MatchingModelVersion>
{
    public void Configure(EntityTypeBuilder<MatchingModelVersion> builder)
    {
        builder.ToTable("MatchingModelVersions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).HasMaxLength(40);
        builder.Property(v => v.SchemaHash).HasMaxLength(64);
        builder.Property(v => v.Decision).HasMaxLength(40);
        builder.HasIndex(v => new { v.Promoted, v.CreatedAt });
    }
}
