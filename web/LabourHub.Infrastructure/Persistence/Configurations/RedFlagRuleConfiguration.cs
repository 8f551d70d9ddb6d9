using LabourHub.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class RedFlagRuleConfiguration : IEntityTypeConfiguration<RedFlagRule>
{
    public void Configure(EntityTypeBuilder<RedFlagRule> builder)
    {
        builder.ToTable("RedFlagRules").HasKey(r => r.Id);
        builder.Property(r => r.Category).HasMaxLength(32);
        builder.Property(r => r.Language).HasMaxLength(3);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Pattern).HasMaxLength(RedFlagRule.MaxPatternLength);
        builder.Property(r => r.Unless).HasMaxLength(RedFlagRule.MaxPatternLength);
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(100);
        builder.Ignore(r => r.WageMultiple);
        builder.HasIndex(r => new { r.Category, r.Language });
    }
}
