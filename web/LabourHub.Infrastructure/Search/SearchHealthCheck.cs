using LabourHub.Search.Contract;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabourHub.Infrastructure.Search;

/// <summary>Degraded, not unhealthy, when the engine is down: the portal still lists vacancies from the database.</summary>
internal sealed class SearchHealthCheck(ISearchEngine engine) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await engine.CheckHealthAsync(cancellationToken);
        return health.Available
            ? HealthCheckResult.Healthy(health.Provider)
            : HealthCheckResult.Degraded($"{health.Provider}: {health.Problem}");
    }
}
