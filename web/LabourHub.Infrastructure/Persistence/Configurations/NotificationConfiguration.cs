using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications").HasKey(n => n.Id);
        builder.Property(n => n.RecipientUserId).HasMaxLength(100);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Audience).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.ApplicationId).HasConversion(id => id.Value, v => new JobApplicationId(v));
        builder.Property(n => n.VacancyId).HasConversion(id => id.Value, v => new VacancyId(v));
        builder.Property(n => n.VacancyTitle).HasMaxLength(150);
        builder.Property(n => n.ReasonCode).HasMaxLength(32);
        builder.Property(n => n.MailState).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<JobApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // The list and the header badge read by recipient; the mail sender reads the pending ones by due time.
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
        builder.HasIndex(n => new { n.MailState, n.NextMailAttemptAt });
    }
}
