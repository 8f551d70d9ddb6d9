using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Application.Reports;

/// <summary>
/// The latest <see cref="ReportSnapshot"/>, shared by pages, exports and the API. The first reader (or a reader after
/// <see cref="Invalidate"/>) waits for a computation; otherwise readers get the stored snapshot at once and the
/// background refresher replaces it every <see cref="ReportsOptions.RefreshSeconds"/>. One computation at a time.
/// </summary>
public sealed class ReportCache(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ReportSnapshot? _snapshot;
    private volatile bool _stale = true;

    public ReportSnapshot? Current => _snapshot;

    public async Task<ReportSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        return snapshot is not null && !_stale ? snapshot : await RefreshAsync(cancellationToken);
    }

    /// <summary>Recomputes now (callers already waiting share the result of a computation that started after they asked).</summary>
    public async Task<ReportSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        var before = _snapshot;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } done && !ReferenceEquals(done, before) && !_stale)
            {
                return done; // someone computed it while this caller waited
            }

            _stale = false;
            await using var scope = scopes.CreateAsyncScope();
            var fresh = await scope.ServiceProvider.GetRequiredService<ReportSnapshotBuilder>().BuildAsync(cancellationToken);
            _snapshot = fresh;
            return fresh;
        }
        catch
        {
            _stale = true;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The data changed in a way readers must see at once (an assessment was saved): the next reader recomputes.</summary>
    public void Invalidate() => _stale = true;

    public void Dispose() => _gate.Dispose();
}
