using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class EmployerMemberConfiguration : IEntityTypeConfiguration<EmployerMember>
{
    public void Configure(EntityTypeBuilder<EmployerMember> builder)
    {
        builder.ToTable("EmployerMembers").HasKey(m => m.Id);
        builder.Property(m => m.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.Property(m => m.UserId).HasMaxLength(100);
        builder.HasOne<Employer>().WithMany().HasForeignKey(m => m.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EmployerId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}
