using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Matching.Models;

internal sealed class ModelTrainingRunConfiguration : IEntityTypeConfiguration<ModelTrainingRun>
{
    public void Configure(EntityTypeBuilder<ModelTrainingRun> builder)
    {
        builder.ToTable("ModelTrainingRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Stage).HasMaxLength(40);
        builder.Property(r => r.RequestedBy).HasMaxLength(450);
        builder.Property(r => r.Holder).HasMaxLength(200);
        builder.Property(r => r.ModelVersion).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasMaxLength(40);
        builder.Property(r => r.History).HasMaxLength(2000);
        builder.HasIndex(r => r.ActiveSlot).IsUnique();
        builder.HasIndex(r => r.RequestedAt);
    }
}
