using LabourHub.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class SearchOutboxMessageConfiguration : IEntityTypeConfiguration<SearchOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SearchOutboxMessage> builder)
    {
        builder.ToTable("SearchOutbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Topic).HasMaxLength(16).IsRequired();
        builder.Property(m => m.EntityId).HasMaxLength(36).IsRequired();
        builder.HasIndex(m => new { m.ProcessedAt, m.Id });
    }
}
