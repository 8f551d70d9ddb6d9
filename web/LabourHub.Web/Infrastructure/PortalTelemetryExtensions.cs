using LabourHub.Infrastructure.Observability;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces, metrics and logs over OTLP, only when an endpoint is configured (Telemetry:OtlpEndpoint or
/// OTEL_EXPORTER_OTLP_ENDPOINT): ASP.NET Core, HttpClient and EF Core spans; request, HttpClient and runtime metrics;
/// the "LabourHub" meter (matching and search timings). No personal data: the instrumentations redact query-string
/// values, EF Core spans carry parameterised SQL without values, probes are not traced, and our own logs carry ids only.
/// </summary>
public static class PortalTelemetryExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var fromEnvironment = configuration[OtlpEndpointVariable];
        if (options.OtlpEndpoint is null && string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return services;
        }

        var role = LabourHub.Infrastructure.DependencyInjection.Role(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, is read by the SDK's own detector and must not be overridden here.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(options.ServiceName, serviceVersion: typeof(PortalTelemetryExtensions).Assembly.GetName().Version?.ToString());
                }

                resource.AddAttributes([new("labourhub.role", role), new("deployment.environment.name", environment.EnvironmentName)]);
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(LabourHubMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging();
        if (options.OtlpEndpoint is { } endpoint)
        {
            var protocol = string.Equals(options.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, endpoint);
        }
        else
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
