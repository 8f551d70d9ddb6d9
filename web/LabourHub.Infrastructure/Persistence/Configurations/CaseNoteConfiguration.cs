using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes").HasKey(n => n.Id);
        builder.Property(n => n.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<Worker>().WithMany().HasForeignKey(n => n.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.WorkerId, n.WrittenAt });
        builder.Property(n => n.AuthorUserId).HasMaxLength(100);
        builder.Property(n => n.Body).HasMaxLength(CaseNote.MaxLength);
    }
}
