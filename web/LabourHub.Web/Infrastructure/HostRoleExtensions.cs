using LabourHub.Infrastructure.Configuration;

namespace LabourHub.Web.Infrastructure;

/// <summary>The process role (LabourHub:Role = all, web or worker; see <see cref="HostRole"/>).</summary>
public static class HostRoleExtensions
{
    /// <summary>`--role worker` on the command line sets LabourHub:Role (and wins over files and environment).</summary>
    public static ConfigurationManager AddRoleSwitch(this ConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["role"] is { Length: > 0 } role)
        {
            configuration.AddInMemoryCollection([new($"{LabourHubOptions.SectionName}:{nameof(LabourHubOptions.Role)}", role)]);
        }

        return configuration;
    }

    public static string Role(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return LabourHub.Infrastructure.DependencyInjection.Role(app.Configuration);
    }

    /// <summary>False for the worker role, which answers /health/* only.</summary>
    public static bool ServesPortal(this WebApplication app) => HostRole.ServesPortal(app.Role());
}
