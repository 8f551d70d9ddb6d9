using LabourHub.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

/// <summary>Reference table written by the bulk importer under this table name and the property names.</summary>
internal sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> builder)
    {
        builder.ToTable("Languages").HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(3);
        builder.Property(l => l.Iso6393).HasMaxLength(3);
    }
}
