using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements").HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, v => new PlacementId(v));
        builder.Property(p => p.ApplicationId).HasConversion(id => id.Value, v => new JobApplicationId(v));
        builder.Property(p => p.VacancyId).HasConversion(id => id.Value, v => new VacancyId(v));
        builder.Property(p => p.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.Property(p => p.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<JobApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => new { p.EmployerId, p.Status });
        builder.HasIndex(p => p.WorkerId);
        builder.HasIndex(p => new { p.Status, p.StartDate });
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.PositionTitle).HasMaxLength(Placement.MaxTitleLength);
        builder.Property(p => p.IscoCode).HasMaxLength(4);
        builder.Property(p => p.Wage).HasConversion(ValueConversions.Money);
        builder.Property(p => p.EmployerSignedBy).HasMaxLength(100);
        builder.Property(p => p.PermitReference).HasMaxLength(60);
        builder.Property(p => p.PermitRefusal).HasMaxLength(500);
        builder.Property(p => p.SgkReference).HasMaxLength(60);
        builder.Property(p => p.ClosingReason).HasMaxLength(40);
    }
}

internal sealed class WorkflowAuditEntryConfiguration : IEntityTypeConfiguration<WorkflowAuditEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowAuditEntry> builder)
    {
        builder.ToTable("WorkflowAudit").HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.PlacementId).HasConversion(id => id.Value, v => new PlacementId(v));

        // No foreign key on purpose: the log outlives any change to the placement row, and the verifier reports
        // entries whose placement vanished.
        builder.HasIndex(e => new { e.PlacementId, e.Sequence }).IsUnique();
        builder.Property(e => e.Kind).HasMaxLength(60);
        builder.Property(e => e.Facts).HasMaxLength(4000);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}

internal sealed class WorkflowCommandRecordConfiguration : IEntityTypeConfiguration<WorkflowCommandRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowCommandRecord> builder)
    {
        builder.ToTable("WorkflowCommands").HasKey(c => c.IdempotencyKey);
        builder.Property(c => c.PlacementId).HasConversion(id => id.Value, v => new PlacementId(v));
        builder.HasIndex(c => c.PlacementId);
        builder.Property(c => c.Kind).HasMaxLength(40);
        builder.Property(c => c.Actor).HasMaxLength(100);
    }
}

internal sealed class PlacementDocumentConfiguration : IEntityTypeConfiguration<PlacementDocument>
{
    public void Configure(EntityTypeBuilder<PlacementDocument> builder)
    {
        builder.ToTable("PlacementDocuments").HasKey(d => d.Id);
        builder.Property(d => d.PlacementId).HasConversion(id => id.Value, v => new PlacementId(v));
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PlacementId);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(120);
        builder.Property(d => d.ContentType).HasMaxLength(40);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(100);
    }
}
