using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Matching;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class RankingReviewRequestConfiguration : IEntityTypeConfiguration<RankingReviewRequest>
{
    public void Configure(EntityTypeBuilder<RankingReviewRequest> builder)
    {
        builder.ToTable("RankingReviews").HasKey(r => r.Id);
        builder.Property(r => r.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.WorkerId, r.AnsweredAt });
        builder.Property(r => r.Message).HasMaxLength(RankingReviewRequest.MaxLength);
        builder.Property(r => r.Answer).HasMaxLength(RankingReviewRequest.MaxLength);
        builder.Property(r => r.AnsweredBy).HasMaxLength(100);
    }
}
