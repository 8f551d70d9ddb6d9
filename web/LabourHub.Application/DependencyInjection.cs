using LabourHub.Application.Marketplace.GetMarketplaceCounts;
using LabourHub.Application.Marketplace.GetProvinceOverview;
using LabourHub.Application.Vacancies.GetVacancy;
using LabourHub.Application.Vacancies.SearchVacancies;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<DatabaseVacancySearch>();
        services.AddScoped<SearchVacanciesHandler>();
        services.AddScoped<Employers.SearchCandidates.SearchCandidatesHandler>();
        services.AddScoped<Employers.ManageVacancies.ManageVacanciesHandler>();
        services.AddScoped<Workers.MyApplications.MyApplicationsHandler>();
        services.AddScoped<Workers.Profile.ProfileWizardHandler>();
        services.AddScoped<Workers.Documents.WorkerDocumentsHandler>();
        services.AddScoped<Workers.Documents.CvPrefillHandler>();
        services.AddScoped<CaseWork.WorkerDesk.WorkerDeskHandler>();
        services.AddScoped<Workflow.PlacementRulesBuilder>();
        services.AddScoped<Workflow.PlacementCommandsHandler>();
        services.AddScoped<Workflow.PlacementQueries>();
        services.AddScoped<Workflow.WorkflowSweepHandler>();
        services.AddScoped<Workflow.PlacementDocumentsHandler>();
        services.AddScoped<Matching.ReviewRequests.RankingReviewHandler>();
        services.AddScoped<Employers.Applicants.ApplicantsHandler>();
        services.AddScoped<CaseWork.EmployerDesk.EmployerDeskHandler>();
        services.AddScoped<Reference.SuggestOccupations.SuggestOccupationsHandler>();
        services.AddScoped<GetVacancyHandler>();
        services.AddScoped<GetMarketplaceCountsHandler>();
        services.AddScoped<GetProvinceOverviewHandler>();
        services.AddScoped<Privacy.GetConsents.GetConsentsHandler>();
        services.AddScoped<Privacy.RecordConsent.RecordConsentHandler>();
        services.AddScoped<Privacy.ExportMyData.ExportMyDataHandler>();
        services.AddScoped<Privacy.EraseMyData.EraseMyDataHandler>();
        services.AddScoped<Workers.GetWorkerProfile.GetWorkerProfileHandler>();
        services.AddScoped<Employers.GetEmployerCase.GetEmployerCaseHandler>();
        services.AddScoped<Notifications.ApplicationNotifier>();
        services.AddScoped<Notifications.ListNotifications.NotificationsHandler>();
        services.AddScoped<Messaging.ApplicationThreads.ThreadHandler>();
        services.AddScoped<CaseWork.AbuseReports.AbuseReportsHandler>();
        services.AddScoped<Support.Programmes.ProgrammesHandler>();
        services.AddScoped<Support.Grants.GrantApplicationsHandler>();
        services.AddScoped<Support.Grants.MilestoneTracker>();
        services.AddScoped<Support.Services.ServiceOrdersHandler>();
        services.AddScoped<Support.Payments.PaymentEventsHandler>();
        services.AddScoped<Protection.Screening.RedFlagScreening>();
        services.AddScoped<Protection.Reports.ReportProblemHandler>();
        services.AddScoped<Protection.Rules.RedFlagRulesHandler>();
        services.AddScoped<Protection.Trust.EmployerTrustQuery>();
        services.AddScoped<Protection.Rights.GetRightsHandler>();
        services.AddScoped<Assessments.AssessmentsHandler>();
        services.AddSingleton<Reports.Supply.SupplyRules>();
        services.AddScoped<Reports.ReportSnapshotBuilder>();
        services.AddSingleton<Reports.ReportCache>();
        services.AddScoped<Reports.Supply.CaseWorkerSupplyHandler>();
        return services;
    }
}
