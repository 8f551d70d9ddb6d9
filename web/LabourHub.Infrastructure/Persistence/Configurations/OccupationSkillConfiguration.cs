using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class OccupationSkillConfiguration : IEntityTypeConfiguration<OccupationSkill>
{
    public void Configure(EntityTypeBuilder<OccupationSkill> builder)
    {
        builder.ToTable("OccupationSkills").HasKey(r => new { r.OccupationUri, r.SkillUri });
        builder.HasIndex(r => r.SkillUri);
    }
}
