namespace LabourHub.Web.Infrastructure;

/// <summary>The "Telemetry" configuration section: where OpenTelemetry sends traces, metrics and logs.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The OTLP collector (for example http://otel-collector:4317). When empty, the standard OTEL_EXPORTER_OTLP_ENDPOINT
    /// environment variable is used; when both are empty nothing is exported and no telemetry pipeline runs.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>"grpc" (default, port 4317) or "http/protobuf" (port 4318) for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service.name resource attribute (OTEL_SERVICE_NAME overrides it).</summary>
    public string ServiceName { get; set; } = "labourhub";
}
