using LabourHub.Domain.Applications;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class AbuseReportConfiguration : IEntityTypeConfiguration<AbuseReport>
{
    public void Configure(EntityTypeBuilder<AbuseReport> builder)
    {
        builder.ToTable("AbuseReports").HasKey(r => r.Id);
        builder.Property(r => r.ApplicationId).HasConversion(new ValueConverter<JobApplicationId, Guid>(id => id.Value, v => new JobApplicationId(v)));
        builder.Property(r => r.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.Property(r => r.ReporterUserId).HasMaxLength(100);
        builder.Property(r => r.ReporterSide).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Reason).HasMaxLength(32);
        builder.Property(r => r.Comment).HasMaxLength(AbuseReport.MaxCommentLength);
        builder.Property(r => r.HandledByUserId).HasMaxLength(100);
        builder.Property(r => r.HandlingNote).HasMaxLength(AbuseReport.MaxNoteLength);
        builder.Property(r => r.Subject).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.VacancyId).HasConversion(new ValueConverter<VacancyId, Guid>(id => id.Value, v => new VacancyId(v)));
        builder.Property(r => r.PlacementId).HasConversion(new ValueConverter<PlacementId, Guid>(id => id.Value, v => new PlacementId(v)));
        builder.Property(r => r.ScreeningFlags).HasMaxLength(200);
        builder.Property(r => r.Indicators).HasMaxLength(400);
        builder.HasIndex(r => new { r.EmployerId, r.HandledAt });

        // Erasure clears the link first (the report outlives the thread, anonymised).
        builder.HasOne<JobApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Employer>().WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.HandledAt, r.ReportedAt });
        builder.HasIndex(r => r.ApplicationId);
        builder.HasIndex(r => r.ReporterUserId);
    }
}
