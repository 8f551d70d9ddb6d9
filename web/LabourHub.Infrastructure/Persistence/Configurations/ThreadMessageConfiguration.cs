using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.ToTable("Messages").HasKey(m => m.Id);
        builder.Property(m => m.ScreeningFlags).HasMaxLength(200);
        builder.Ignore(m => m.Flags);
        builder.Property(m => m.ApplicationId).HasConversion(id => id.Value, v => new JobApplicationId(v));
        builder.Property(m => m.Side).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.AuthorUserId).HasMaxLength(100);
        builder.Property(m => m.Body).HasMaxLength(ThreadMessage.MaxLength);

        // A thread exists only with its application: erasing the application erases the thread.
        builder.HasOne<JobApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ApplicationId, m.SentAt });
        builder.HasIndex(m => m.AuthorUserId);
    }
}
