using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using LabourHub.Infrastructure.Observability;
using LabourHub.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LabourHub.Web.Tests;

/// <summary>The LabourHub meter times search and matching; OpenTelemetry runs only when an OTLP endpoint is configured.</summary>
[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Infra")]
public sealed class TelemetryTests(PortalFactory portal)
{
    [Fact]
    public async Task VacancySearchAndJobsForYou_AreTimed_WithFixedTagsOnly()
    {
        var measurements = new ConcurrentBag<(string Instrument, Dictionary<string, string?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LabourHubMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        listener.Start();
        var browser = portal.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/vacancies?q=kaynak&sort=newest")).StatusCode);
        var login = await browser.GetStringAsync("/account/login");
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "worker@demo.labourhub.example",
            ["Password"] = "Demo-LabourHub-2026",
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/worker/jobs")).StatusCode);

        Assert.Contains(measurements, m => m.Instrument == "labourhub.search.duration" && m.Tags["labourhub.search.index"] == "vacancies" && m.Tags["labourhub.outcome"] == "ok");
        Assert.Contains(measurements, m => m.Instrument == "labourhub.matching.duration" && m.Tags["labourhub.matching.direction"] == "jobs_for_worker");
        Assert.All(measurements, m => Assert.Equal(2, m.Tags.Count)); // no ids, queries or names
    }

    [Fact]
    public void Telemetry_WithoutAnEndpoint_RunsNoPipeline_WithOneExportsTracesAndMetrics()
    {
        Assert.Null(Build(new Dictionary<string, string?>()).GetService<TracerProvider>());

        using var configured = Build(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });
        Assert.NotNull(configured.GetService<TracerProvider>());
        Assert.NotNull(configured.GetService<MeterProvider>());

        using var fromEnvironment = Build(new Dictionary<string, string?> { [PortalTelemetryExtensions.OtlpEndpointVariable] = "http://127.0.0.1:4318" });
        Assert.NotNull(fromEnvironment.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalTelemetry(configuration, new HostingEnvironment { EnvironmentName = "Testing" });
        return services.BuildServiceProvider();
    }
}
