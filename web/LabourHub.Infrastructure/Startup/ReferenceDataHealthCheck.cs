using LabourHub.Infrastructure.ReferenceData;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabourHub.Infrastructure.Startup;

/// <summary>Ready only once the reference data is imported and loaded into memory.</summary>
public sealed class ReferenceDataHealthCheck(ReferenceCatalogue catalogue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.IsLoaded
            ? HealthCheckResult.Healthy("Reference data loaded.")
            : HealthCheckResult.Unhealthy("Reference data is still loading."));
}
