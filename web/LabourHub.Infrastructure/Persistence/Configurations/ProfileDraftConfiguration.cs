using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class ProfileDraftConfiguration : IEntityTypeConfiguration<ProfileDraft>
{
    public void Configure(EntityTypeBuilder<ProfileDraft> builder)
    {
        builder.ToTable("ProfileDrafts").HasKey(d => d.UserId);
        builder.Property(d => d.UserId).HasMaxLength(100);
        builder.Property(d => d.Answers).HasMaxLength(64_000);
    }
}
