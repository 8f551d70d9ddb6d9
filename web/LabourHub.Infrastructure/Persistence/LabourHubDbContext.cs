using LabourHub.Application.Common;
using LabourHub.Application.Vacancies.ListVacancies;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Privacy;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>
/// The marketplace database. The model is provider-neutral; <see cref="SqliteLabourHubDbContext"/> and
/// <see cref="PostgresLabourHubDbContext"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class LabourHubDbContext : DbContext, ILabourHubDbContext
{
    protected LabourHubDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<JobApplication> Applications => Set<JobApplication>();
    public DbSet<LabourNeedsAssessment> Assessments => Set<LabourNeedsAssessment>();
    public DbSet<IscoGroup> IscoGroups => Set<IscoGroup>();
    public DbSet<EscoOccupation> EscoOccupations => Set<EscoOccupation>();
    public DbSet<EscoSkill> EscoSkills => Set<EscoSkill>();
    public DbSet<OccupationSkill> OccupationSkills => Set<OccupationSkill>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<ProvinceDistance> ProvinceDistances => Set<ProvinceDistance>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<NaceActivity> NaceActivities => Set<NaceActivity>();
    public DbSet<MinimumWage> MinimumWages => Set<MinimumWage>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<EmployerMember> EmployerMembers => Set<EmployerMember>();
    public DbSet<EmployerCaseAssignment> EmployerCaseAssignments => Set<EmployerCaseAssignment>();
    public DbSet<DataImport> DataImports => Set<DataImport>();

    public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        RefreshSearchText();
        return base.SaveChangesAsync(cancellationToken);
    }

    public override int SaveChanges()
    {
        RefreshSearchText();
        return base.SaveChanges();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabourHubDbContext).Assembly);
    }

    /// <summary>Keeps the folded text that the vacancy list filters on in step with title and description.</summary>
    private void RefreshSearchText()
    {
        foreach (var entry in ChangeTracker.Entries<Vacancy>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property(ListVacanciesHandler.SearchTextProperty).CurrentValue =
                    TextFolding.Fold($"{entry.Entity.Title} {entry.Entity.Description}");
            }
        }
    }
}
