using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.DemoData;
using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Matching;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Infrastructure.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Health-check tag for checks that gate /health/ready.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LabourHubOptions>().Bind(configuration.GetSection(LabourHubOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LabourHubOptions>, LabourHubOptionsValidator>();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        // Keys in the LabourHub database: every web replica reads the same key ring, so a cookie one issues the others accept.
        services.AddDataProtection().SetApplicationName("LabourHub").PersistKeysToDbContext<LabourHubDbContext>();
        services.AddJobLeases(configuration);

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseOptions.Postgres)
        {
            services.AddDbContext<LabourHubDbContext, PostgresLabourHubDbContext>((sp, options) =>
                options.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        }
        else
        {
            services.AddDbContext<LabourHubDbContext, SqliteLabourHubDbContext>((sp, options) =>
                options.UseSqlite(SqliteConnectionString(sp)));
        }

        services.AddScoped<ILabourHubDbContext>(sp => sp.GetRequiredService<LabourHubDbContext>());
        services.AddSingleton<ReferenceCatalogue>();
        services.AddSingleton<IReferenceCatalogue>(sp => sp.GetRequiredService<ReferenceCatalogue>());
        services.AddScoped<ReferenceDataImporter>();
        services.AddSingleton<Application.Protection.Rights.IRightsFacts, RightsFactsFile>();
        services.AddScoped<DemoDataSeeder>();
        services.AddMetrics();
        services.AddSingleton<Observability.LabourHubMetrics>();
        services.AddScoped<Matching.JobsForWorkerRanker>();
        services.AddScoped<LabourHub.Application.Matching.JobsForWorker.IJobsForWorker, Observability.TimedJobsForWorker>();
        services.AddScoped<Matching.ShortlistRanker>();
        services.AddScoped<LabourHub.Application.Matching.Shortlist.IShortlist, Observability.TimedShortlist>();
        services.AddSingleton<DatabaseInitialiser>();
        services.AddSingleton(_ => Matching.MatchingReference.EligibilityRules);
        services.AddSearch(configuration);
        services.AddNotificationMail(configuration);
        services.AddWorkflowSweep(configuration);
        services.AddSupport(configuration);
        services.AddReports(configuration);
        services.AddMatchingModels(configuration);

        services.AddHealthChecks()
            .AddDbContextCheck<LabourHubDbContext>("database", tags: [ReadyTag])
            .AddCheck<ReferenceDataHealthCheck>("reference-data", tags: [ReadyTag])
            .AddCheck<Search.SearchHealthCheck>("search");
        return services;
    }

    /// <summary>
    /// The search engine by Search:Provider (Lucene under the data folder by default), the outbox indexer, the
    /// rebuild, and the adapters the use cases see.
    /// </summary>
    private static void AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Search.SearchOptions>().Bind(configuration.GetSection(Search.SearchOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Search.SearchOptions>, Search.SearchOptionsValidator>();
        services.AddSingleton<LabourHub.Search.Contract.ISearchEngine>(Search.SearchEngineFactory.Create);
        services.AddScoped<Search.SearchDocumentFactory>();
        services.AddScoped<Search.VacancyIndex>();
        services.AddScoped<LabourHub.Application.Vacancies.SearchVacancies.IVacancyIndex, Observability.TimedVacancyIndex>();
        services.AddScoped<Search.CandidateIndex>();
        services.AddScoped<LabourHub.Application.Employers.SearchCandidates.ICandidateIndex, Observability.TimedCandidateIndex>();
        services.AddScoped<LabourHub.Application.Reference.SuggestOccupations.IOccupationIndex, Search.OccupationIndex>();
        services.AddScoped<LabourHub.Application.Privacy.EraseMyData.IErasureListener, Search.SearchErasureListener>();
        services.AddSingleton<Documents.FileSystemDocumentStore>();
        services.AddSingleton<LabourHub.Application.Workers.Documents.IDocumentStore>(sp => sp.GetRequiredService<Documents.FileSystemDocumentStore>());
        services.AddSingleton<LabourHub.Application.Privacy.EraseMyData.IErasureListener>(sp => sp.GetRequiredService<Documents.FileSystemDocumentStore>());
        services.AddSingleton<LabourHub.Application.Workers.Documents.IPdfTextReader, Documents.PdfPigTextReader>();
        services.AddSingleton<LabourHub.Application.Workers.Documents.ISkillLabelMatcher, Documents.EscoLabelMatcher>();
        services.AddSingleton<Search.SearchIndexer>();
        services.AddSingleton<Search.SearchIndexRebuilder>();
        var options = configuration.GetSection(Search.SearchOptions.SectionName).Get<Search.SearchOptions>() ?? new Search.SearchOptions();
        if (options.RunIndexer && HostRole.RunsJobs(Role(configuration)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Search.SearchIndexer>());
        }
    }

    /// <summary>
    /// The sender of notification e-mails (the host registers the <see cref="LabourHub.Application.Notifications.INotificationMailer"/>
    /// that knows accounts and texts).
    /// </summary>
    private static void AddNotificationMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Notifications.NotificationMailOptions>().Bind(configuration.GetSection(Notifications.NotificationMailOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Notifications.NotificationMailSender>();
        var options = configuration.GetSection(Notifications.NotificationMailOptions.SectionName).Get<Notifications.NotificationMailOptions>() ?? new Notifications.NotificationMailOptions();
        if (options.RunMailSender && HostRole.RunsJobs(Role(configuration)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Notifications.NotificationMailSender>());
        }
    }

    /// <summary>The workflow's deadline sweep (offer expiry, start of work, reminders).</summary>
    private static void AddWorkflowSweep(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Workflow.WorkflowOptions>().Bind(configuration.GetSection(Workflow.WorkflowOptions.SectionName));
        services.AddSingleton<Workflow.WorkflowSweeper>();
        var options = configuration.GetSection(Workflow.WorkflowOptions.SectionName).Get<Workflow.WorkflowOptions>() ?? new Workflow.WorkflowOptions();
        if (options.RunSweeper && HostRole.RunsJobs(Role(configuration)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Workflow.WorkflowSweeper>());
        }
    }

    /// <summary>Stripe payments (configured from the environment) and the grant milestone sweeper.</summary>
    private static void AddSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Support.StripeOptions>().Bind(configuration.GetSection(Support.StripeOptions.SectionName));
        services.AddOptions<Support.SupportOptions>().Bind(configuration.GetSection(Support.SupportOptions.SectionName));
        services.AddHttpClient(nameof(Support.StripePaymentGateway), client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<LabourHub.Application.Support.Payments.IPaymentGateway, Support.StripePaymentGateway>();
        services.AddSingleton<LabourHub.Application.Support.Payments.IPaymentEventReader, Support.StripeWebhookReader>();
        services.AddSingleton<Support.MilestoneSweeper>();
        var options = configuration.GetSection(Support.SupportOptions.SectionName).Get<Support.SupportOptions>() ?? new Support.SupportOptions();
        if (options.RunMilestoneSweeper && HostRole.RunsJobs(Role(configuration)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Support.MilestoneSweeper>());
        }
    }

    /// <summary>Report files, the fairness audit over outcomes, and the background refresh of the report snapshot.</summary>
    private static void AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LabourHub.Application.Reports.ReportsOptions>().Bind(configuration.GetSection(LabourHub.Application.Reports.ReportsOptions.SectionName));
        services.AddSingleton<LabourHub.Application.Assessments.ISpreadsheetFiles, Reports.SpreadsheetFiles>();
        services.AddSingleton<LabourHub.Application.Reports.IOutcomeFairnessAudit, Reports.OutcomeFairnessAudit>();
        var options = configuration.GetSection(LabourHub.Application.Reports.ReportsOptions.SectionName).Get<LabourHub.Application.Reports.ReportsOptions>() ?? new LabourHub.Application.Reports.ReportsOptions();
        if (options.RefreshSeconds > 0 && HostRole.ServesPortal(Role(configuration)))
        {
            services.AddHostedService<Reports.ReportRefresher>();
        }
    }

    /// <summary>This process's role (LabourHub:Role): all, web or worker.</summary>
    public static string Role(IConfiguration configuration) =>
        configuration[$"{LabourHubOptions.SectionName}:{nameof(LabourHubOptions.Role)}"] is { Length: > 0 } role ? role : HostRole.All;

    /// <summary>Leases that let only one worker instance run each background job (the JobLeases table).</summary>
    private static void AddJobLeases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobLeaseOptions>().Bind(configuration.GetSection(JobLeaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ILeaseStore, DatabaseLeaseStore>();
        services.AddSingleton<JobLeases>();
    }

    private static string SqliteConnectionString(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = services.GetRequiredService<IOptions<LabourHubOptions>>().Value.DataFolder;
        return $"Data Source={Path.Combine(folder, "labourhub.db")};Pooling=True;Default Timeout=30";
    }
}
