using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class ReportActionConfiguration : IEntityTypeConfiguration<ReportAction>
{
    public void Configure(EntityTypeBuilder<ReportAction> builder)
    {
        builder.ToTable("ReportActions").HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.ByUserId).HasMaxLength(100);
        builder.Property(a => a.Note).HasMaxLength(ReportAction.MaxNoteLength);
        builder.HasOne<AbuseReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ReportId, a.At });
    }
}
