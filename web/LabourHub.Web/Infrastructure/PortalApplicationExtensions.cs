using LabourHub.Infrastructure;
using LabourHub.Infrastructure.Search;
using LabourHub.Infrastructure.Startup;
using LabourHub.Application.Common;
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

    /// <summary>
    /// Static assets: every page links them with a content hash (asp-append-version, "?v=..."), so a versioned URL never
    /// changes content and is cached for a year; an unversioned request is cached for an hour. Stylesheets and scripts
    /// are sent precompressed (<see cref="PrecompressedAssets"/>); pages are compressed on the fly.
    /// </summary>
    public static IApplicationBuilder UsePortalStaticFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseResponseCompression();
        app.UseMiddleware<PrecompressedAssets>();
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
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

    /// <summary>
    /// Rebuilds the search indexes when they are empty (first start, lost folder). A search engine that cannot be
    /// reached does not stop the portal: it lists vacancies from the database and the indexer catches up later.
    /// Web replicas leave this to the worker (the role that runs the indexer).
    /// </summary>
    public static async Task InitialiseSearchAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var role = app.Role();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.Provider == SearchOptions.Lucene
            && role != LabourHub.Infrastructure.Configuration.HostRole.All)
        {
            LogLuceneSplit(app.Logger, role);
        }

        if (!LabourHub.Infrastructure.Configuration.HostRole.RunsJobs(role))
        {
            return;
        }

        try
        {
            await app.Services.GetRequiredService<SearchIndexRebuilder>().RebuildIfEmptyAsync(app.Lifetime.ApplicationStopping);
        }
        catch (SearchIndexUnavailableException e)
        {
            LogSearchUnavailable(app.Logger, e.Message);
        }
    }

    /// <summary>`search rebuild`: recreates every index from the database, prints progress, and exits.</summary>
    public static async Task<int> RunSearchRebuildAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.InitialiseDataAsync();
        var progress = new Progress<string>(line => Console.WriteLine(line));
        try
        {
            var summary = await app.Services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync(progress, CancellationToken.None);
            Console.WriteLine($"Rebuilt: {summary.Vacancies} vacancies, {summary.Candidates} candidates, {summary.Occupations} occupations in {summary.Elapsed.TotalSeconds:F1} s.");
            return 0;
        }
        catch (SearchIndexUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"The search engine cannot be reached: {e.Message}. Check Search:Provider and Search:Elasticsearch:Url, then run the rebuild again.");
            return 1;
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search engine is unavailable at start ({Reason}); vacancies are listed from the database until it returns")]
    private static partial void LogSearchUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role {Role} with the embedded Lucene index: web and worker processes do not share an index; use Search:Provider=elasticsearch when roles are split")]
    private static partial void LogLuceneSplit(ILogger logger, string role);

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabourHub cannot start: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);
}
