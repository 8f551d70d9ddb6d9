using LabourHub.Application.Common;
using LabourHub.Application.Vacancies.SearchVacancies;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Notifications;
using LabourHub.Domain.Privacy;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Domain.Workflow;
using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>
/// The marketplace database. The model is provider-neutral; <see cref="SqliteLabourHubDbContext"/> and
/// <see cref="PostgresLabourHubDbContext"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class LabourHubDbContext : DbContext, ILabourHubDbContext, IDataProtectionKeyContext
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
    public DbSet<ThreadMessage> Messages => Set<ThreadMessage>();
    public DbSet<AbuseReport> AbuseReports => Set<AbuseReport>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DataImport> DataImports => Set<DataImport>();
    public DbSet<SearchOutboxMessage> SearchOutbox => Set<SearchOutboxMessage>();
    public DbSet<ProfileDraft> ProfileDrafts => Set<ProfileDraft>();
    public DbSet<WorkerDocument> WorkerDocuments => Set<WorkerDocument>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<WorkflowAuditEntry> WorkflowAudit => Set<WorkflowAuditEntry>();
    public DbSet<WorkflowCommandRecord> WorkflowCommands => Set<WorkflowCommandRecord>();
    public DbSet<PlacementDocument> PlacementDocuments => Set<PlacementDocument>();
    public DbSet<Domain.Matching.RankingReviewRequest> RankingReviews => Set<Domain.Matching.RankingReviewRequest>();
    public DbSet<Domain.Protection.RedFlagRule> RedFlagRules => Set<Domain.Protection.RedFlagRule>();
    public DbSet<Domain.Protection.ReportAction> ReportActions => Set<Domain.Protection.ReportAction>();

    public DbSet<Domain.Support.SupportProgramme> SupportProgrammes => Set<Domain.Support.SupportProgramme>();

    public DbSet<Domain.Support.GrantApplication> GrantApplications => Set<Domain.Support.GrantApplication>();

    public DbSet<Domain.Support.GrantDocument> GrantDocuments => Set<Domain.Support.GrantDocument>();

    public DbSet<Domain.Support.GrantInstalment> GrantInstalments => Set<Domain.Support.GrantInstalment>();

    public DbSet<Domain.Support.ServiceOffering> ServiceOfferings => Set<Domain.Support.ServiceOffering>();

    public DbSet<Domain.Support.ServiceOrder> ServiceOrders => Set<Domain.Support.ServiceOrder>();

    public DbSet<Domain.Support.PaymentLedgerEntry> PaymentLedger => Set<Domain.Support.PaymentLedgerEntry>();

    public DbSet<Domain.Support.ProcessedPaymentEvent> ProcessedPaymentEvents => Set<Domain.Support.ProcessedPaymentEvent>();

    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every web replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which instance runs each background job, and until when.</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>
    /// Off only for bulk loads (the demo seed) that are followed by a full index rebuild, so a million-row load does
    /// not also write a million outbox messages.
    /// </summary>
    public bool WritesSearchOutbox { get; set; } = true;

    public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        RefreshSearchText();
        WriteSearchOutbox();
        return base.SaveChangesAsync(cancellationToken);
    }

    public override int SaveChanges()
    {
        RefreshSearchText();
        WriteSearchOutbox();
        return base.SaveChanges();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabourHubDbContext).Assembly);
    }

    /// <summary>
    /// Adds an outbox message for every record the search indexes show that this save changes, so the messages commit
    /// or roll back with the change itself (the transactional outbox). An application changes the access tags of its
    /// worker's candidate document; an employer's name is part of its vacancies.
    /// </summary>
    private void WriteSearchOutbox()
    {
        if (!WritesSearchOutbox)
        {
            return;
        }

        var changed = new HashSet<(string Topic, Guid Id)>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Vacancy vacancy:
                    changed.Add((SearchTopics.Vacancy, vacancy.Id.Value));
                    break;
                case Worker worker:
                    changed.Add((SearchTopics.Worker, worker.Id.Value));
                    break;
                case JobApplication application:
                    changed.Add((SearchTopics.Worker, application.WorkerId.Value));
                    break;
                case Employer employer when entry.State == EntityState.Modified:
                    changed.Add((SearchTopics.Employer, employer.Id.Value));
                    break;
            }
        }

        if (changed.Count == 0)
        {
            return;
        }

        var applicationServices = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var now = ((TimeProvider?)applicationServices?.GetService(typeof(TimeProvider)) ?? TimeProvider.System).GetUtcNow();
        SearchOutbox.AddRange(changed.Select(c => SearchOutboxMessage.For(c.Topic, c.Id, now)));
    }

    /// <summary>Keeps the folded text that the vacancy list filters on in step with title and description.</summary>
    private void RefreshSearchText()
    {
        foreach (var entry in ChangeTracker.Entries<Vacancy>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property(DatabaseVacancySearch.SearchTextProperty).CurrentValue =
                    TextFolding.Fold($"{entry.Entity.Title} {entry.Entity.Description}");
            }
        }
    }
}
