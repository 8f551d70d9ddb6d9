using LabourHub.Domain.Documents;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class WorkerDocumentConfiguration : IEntityTypeConfiguration<WorkerDocument>
{
    public void Configure(EntityTypeBuilder<WorkerDocument> builder)
    {
        builder.ToTable("WorkerDocuments").HasKey(d => d.Id);
        builder.Property(d => d.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<Worker>().WithMany().HasForeignKey(d => d.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.WorkerId);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(120);
        builder.Property(d => d.ContentType).HasMaxLength(40);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.VerifiedByUserId).HasMaxLength(100);
        builder.Property(d => d.VerificationNote).HasMaxLength(500);
    }
}
