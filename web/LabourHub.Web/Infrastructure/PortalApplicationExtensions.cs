using LabourHub.Infrastructure;
using LabourHub.Infrastructure.Startup;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace LabourHub.Web.Infrastructure;

public static partial class PortalApplicationExtensions
{
    /// <summary>Migrates, imports reference data and seeds demo data before the first request is served.</summary>
    public static async Task InitialiseDataAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping);
        }
        catch (IncompatibleDatabaseException e)
        {
            LogCannotStart(app.Logger, e.Message);
            throw;
        }
    }

    public static IApplicationBuilder UsePortalErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DependencyInjection.ReadyTag) });
        return endpoints;
    }

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference("/api/reference", options => options.WithTitle("LabourHub API"));
        return endpoints;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllers();
        endpoints.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabourHub cannot start: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);
}
