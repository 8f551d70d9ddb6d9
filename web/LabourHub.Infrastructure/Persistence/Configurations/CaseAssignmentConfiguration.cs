using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        builder.ToTable("CaseAssignments").HasKey(c => c.Id);
        builder.Property(c => c.CaseWorkerUserId).HasMaxLength(100);
        builder.Property(c => c.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CaseWorkerUserId, c.WorkerId }).IsUnique();
    }
}
