using LabourHub.Application;
using LabourHub.Infrastructure;
using LabourHub.Web.Infrastructure;
using LabourHub.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRoleSwitch();

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddPortalIdentity(builder.Configuration, builder.Environment);
builder.Services.AddPortalLocalization();
builder.Services.AddPortal();
builder.Services.AddPublicPageCache(builder.Configuration);
builder.Services.AddPortalApi();
builder.Services.AddPortalTelemetry(builder.Configuration, builder.Environment);

var app = builder.Build();

if (args is ["search", "rebuild", ..])
{
    return await app.RunSearchRebuildAsync();
}

if (args is ["workflow", "verify", ..])
{
    return await app.RunWorkflowVerifyAsync();
}

if (args is ["workflow", "drill", var drillCount, ..])
{
    return await app.RunWorkflowDrillAsync(int.Parse(drillCount, System.Globalization.CultureInfo.InvariantCulture));
}

await app.InitialiseDataAsync();
await app.SeedIdentityAsync();
await app.LinkDemoAccountsAsync();
await app.InitialiseSearchAsync();

if (!app.ServesPortal())
{
    // The worker role: background jobs run as hosted services; HTTP answers the probes only.
    app.MapPortalHealthChecks();
    await app.RunAsync();
    return 0;
}

app.UseSecurityHeaders();
app.UsePortalLocalization();
app.UsePortalErrorHandling();
app.UsePortalStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
app.UseAntiforgery();
app.MapPortalHealthChecks();
app.MapPortalApi();
app.MapPortal();

await app.RunAsync();
return 0;
