using LabourHub.Identity;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Configuration;

namespace LabourHub.Web.Infrastructure;

/// <summary>Hosts the identity server in the web process, on the same database settings and data folder.</summary>
public static class PortalIdentityExtensions
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        var labourHub = configuration.GetSection(LabourHubOptions.SectionName).Get<LabourHubOptions>() ?? new LabourHubOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var identity = configuration.GetSection("Identity").Get<LabourHubIdentityOptions>() ?? new LabourHubIdentityOptions();
        identity.Provider = database.Provider;
        identity.ConnectionString = !string.IsNullOrWhiteSpace(database.ConnectionString)
            ? database.ConnectionString
            : $"Data Source={Path.Combine(labourHub.DataFolder, "labourhub.db")};Pooling=True;Default Timeout=30";
        if (string.IsNullOrWhiteSpace(identity.KeysFolder))
        {
            identity.KeysFolder = Path.Combine(labourHub.DataFolder, "keys");
        }

        if (string.IsNullOrWhiteSpace(identity.MailPickupFolder))
        {
            identity.MailPickupFolder = Path.Combine(labourHub.DataFolder, "mail");
        }

        identity.AllowHttp = identity.AllowHttp || environment.IsDevelopment();
        identity.SeedDemoAccounts = configuration.GetValue("Identity:SeedDemoAccounts", labourHub.SeedDemoData);
        identity.RunTokenPruning = identity.RunTokenPruning && HostRole.RunsJobs(LabourHub.Infrastructure.DependencyInjection.Role(configuration));
        identity.AcquireJobLease = (services, job, duration, cancellationToken) =>
        {
            var leases = services.GetRequiredService<LabourHub.Infrastructure.Jobs.JobLeases>();
            return services.GetRequiredService<LabourHub.Infrastructure.Jobs.ILeaseStore>().TryAcquireAsync(job, leases.Holder, duration, cancellationToken);
        };
        return services.AddLabourHubIdentity(identity);
    }

    public static async Task SeedIdentityAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
