using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.DemoData;
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
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(
            Path.Combine(configuration[$"{LabourHubOptions.SectionName}:{nameof(LabourHubOptions.DataFolder)}"] ?? LabourHubOptions.DefaultDataFolder(), "keys")));

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
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<LabourHub.Application.Matching.JobsForWorker.IJobsForWorker, Matching.JobsForWorkerRanker>();
        services.AddScoped<LabourHub.Application.Matching.Shortlist.IShortlist, Matching.ShortlistRanker>();
        services.AddSingleton<DatabaseInitialiser>();

        services.AddHealthChecks()
            .AddDbContextCheck<LabourHubDbContext>("database", tags: [ReadyTag])
            .AddCheck<ReferenceDataHealthCheck>("reference-data", tags: [ReadyTag]);
        return services;
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
