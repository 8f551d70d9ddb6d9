using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords").HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(100);
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.NoticeVersion).HasMaxLength(20);
        builder.HasIndex(r => new { r.UserId, r.Purpose, r.RecordedAt });
    }
}
