using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, v => new JobApplicationId(v));
        builder.Property(a => a.VacancyId).HasConversion(id => id.Value, v => new VacancyId(v));
        builder.Property(a => a.WorkerId).HasConversion(id => id.Value, v => new WorkerId(v));
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.RejectionReason).HasMaxLength(32);

        // One application per worker and vacancy: a double click or a retried request cannot apply twice.
        builder.HasIndex(a => new { a.VacancyId, a.WorkerId }).IsUnique();
    }
}
