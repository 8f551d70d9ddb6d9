using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class EmployerCaseAssignmentConfiguration : IEntityTypeConfiguration<EmployerCaseAssignment>
{
    public void Configure(EntityTypeBuilder<EmployerCaseAssignment> builder)
    {
        builder.ToTable("EmployerCaseAssignments").HasKey(c => c.Id);
        builder.Property(c => c.CaseWorkerUserId).HasMaxLength(100);
        builder.Property(c => c.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CaseWorkerUserId, c.EmployerId }).IsUnique();
    }
}
