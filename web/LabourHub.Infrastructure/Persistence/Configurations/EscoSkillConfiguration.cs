using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class EscoSkillConfiguration : IEntityTypeConfiguration<EscoSkill>
{
    public void Configure(EntityTypeBuilder<EscoSkill> builder)
    {
        builder.ToTable("EscoSkills").HasKey(s => s.Uri);
    }
}
