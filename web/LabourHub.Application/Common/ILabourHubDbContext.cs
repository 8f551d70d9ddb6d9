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
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Common;

/// <summary>The database as the use cases see it. Implemented by Infrastructure for SQLite and PostgreSQL.</summary>
public interface ILabourHubDbContext
{
    DbSet<Worker> Workers { get; }
    DbSet<Employer> Employers { get; }
    DbSet<Vacancy> Vacancies { get; }
    DbSet<JobApplication> Applications { get; }
    DbSet<LabourNeedsAssessment> Assessments { get; }
    DbSet<IscoGroup> IscoGroups { get; }
    DbSet<EscoOccupation> EscoOccupations { get; }
    DbSet<EscoSkill> EscoSkills { get; }
    DbSet<OccupationSkill> OccupationSkills { get; }
    DbSet<Province> Provinces { get; }
    DbSet<District> Districts { get; }
    DbSet<ProvinceDistance> ProvinceDistances { get; }
    DbSet<Language> Languages { get; }
    DbSet<NaceActivity> NaceActivities { get; }
    DbSet<MinimumWage> MinimumWages { get; }
    DbSet<ConsentRecord> ConsentRecords { get; }
    DbSet<CaseAssignment> CaseAssignments { get; }
    DbSet<EmployerMember> EmployerMembers { get; }
    DbSet<EmployerCaseAssignment> EmployerCaseAssignments { get; }
    DbSet<ThreadMessage> Messages { get; }
    DbSet<AbuseReport> AbuseReports { get; }
    DbSet<Notification> Notifications { get; }

    DbSet<ProfileDraft> ProfileDrafts { get; }

    DbSet<WorkerDocument> WorkerDocuments { get; }

    DbSet<CaseNote> CaseNotes { get; }

    DbSet<Placement> Placements { get; }

    DbSet<WorkflowAuditEntry> WorkflowAudit { get; }

    DbSet<WorkflowCommandRecord> WorkflowCommands { get; }

    DbSet<PlacementDocument> PlacementDocuments { get; }

    DbSet<Domain.Matching.RankingReviewRequest> RankingReviews { get; }

    DbSet<Domain.Support.SupportProgramme> SupportProgrammes { get; }

    DbSet<Domain.Support.GrantApplication> GrantApplications { get; }

    DbSet<Domain.Support.GrantDocument> GrantDocuments { get; }

    DbSet<Domain.Support.GrantInstalment> GrantInstalments { get; }

    DbSet<Domain.Support.ServiceOffering> ServiceOfferings { get; }

    DbSet<Domain.Support.ServiceOrder> ServiceOrders { get; }

    DbSet<Domain.Support.PaymentLedgerEntry> PaymentLedger { get; }

    DbSet<Domain.Support.ProcessedPaymentEvent> ProcessedPaymentEvents { get; }
    DbSet<Domain.Protection.RedFlagRule> RedFlagRules { get; }

    DbSet<Domain.Protection.ReportAction> ReportActions { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every pending change, so a command that lost a race can start again from what is stored.</summary>
    void DiscardChanges();
}
