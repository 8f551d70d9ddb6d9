using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Features;
using LabourHub.Matching.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Matching.Models;

/// <summary>
/// The ranker every ranking in this process uses (a singleton). It serves the newest promoted model whose feature
/// schema hash matches the engine's, loaded through the engine's <see cref="ModelStore"/> from
/// <c>{DataFolder}/models</c> (written there from the database when this replica has not seen it yet), else the
/// transparent baseline. A newer promoted version is noticed on the first ranking after
/// <see cref="MatchingOptions.ModelCheckInterval"/> (one small query), or at once after a promotion in this process;
/// the swap is one reference assignment, so a ranking in flight keeps the ranker it started with.
/// </summary>
public sealed partial class ServingRankerProvider(
    IServiceScopeFactory scopes,
    IOptions<LabourHubOptions> labourHub,
    IOptions<MatchingOptions> options,
    TimeProvider clock,
    ILogger<ServingRankerProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ServingRanker _current = ServingRanker.Baseline("no_model");
    private long _checkedAtTicks; // 0: the first ranking looks (never long.MinValue: now - MinValue overflows)

    public string ModelFolder => Path.Combine(labourHub.Value.DataFolder, "models");

    /// <summary>The ranker as last loaded, without looking for a newer one.</summary>
    public ServingRanker Current => _current;

    /// <summary>The ranker to use now: looks for a newer promoted version when the check interval has passed.</summary>
    public async ValueTask<ServingRanker> GetAsync(CancellationToken cancellationToken)
    {
        if (Due)
        {
            await RefreshAsync(onlyIfDue: true, cancellationToken);
        }

        return _current;
    }

    /// <summary>Looks in the database for the version that should serve and swaps it in when it changed.</summary>
    public Task<ServingRanker> RefreshAsync(CancellationToken cancellationToken) => RefreshAsync(onlyIfDue: false, cancellationToken);

    private bool Due => clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _checkedAtTicks) >= options.Value.ModelCheckInterval.Ticks;

    private async Task<ServingRanker> RefreshAsync(bool onlyIfDue, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfDue && !Due)
            {
                return _current; // another request checked while this one waited
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var promoted = await db.Set<MatchingModelVersion>().AsNoTracking()
                .Where(v => v.Promoted)
                .OrderByDescending(v => v.CreatedAt)
                .Select(v => new { v.Version, v.SchemaHash })
                .ToListAsync(cancellationToken);
            Interlocked.Exchange(ref _checkedAtTicks, clock.GetUtcNow().UtcTicks);
            var wanted = promoted.FirstOrDefault(v => v.SchemaHash == FeatureSchema.Hash);
            if (wanted is null)
            {
                _current = promoted.Count == 0 ? ServingRanker.Baseline("no_model") : ServingRanker.Baseline("schema_mismatch", promoted[0].Version);
                return _current;
            }

            if (_current.IsModel && _current.Version == wanted.Version)
            {
                return _current;
            }

            _current = await LoadAsync(db, wanted.Version, cancellationToken);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ServingRanker> LoadAsync(LabourHubDbContext db, string version, CancellationToken cancellationToken)
    {
        var path = Path.Combine(ModelFolder, version + ".zip");
        try
        {
            if (!File.Exists(path) || !File.Exists(path + ".json"))
            {
                var stored = await db.Set<MatchingModelVersion>().AsNoTracking()
                    .Where(v => v.Version == version).Select(v => new { v.Content, v.ManifestJson }).SingleAsync(cancellationToken);
                Directory.CreateDirectory(ModelFolder);
                await File.WriteAllBytesAsync(path + ".tmp", stored.Content, cancellationToken);
                File.Move(path + ".tmp", path, overwrite: true);
                await File.WriteAllTextAsync(path + ".json", stored.ManifestJson, cancellationToken);
            }

            var (ranker, _) = await ModelStore.LoadAsync(path, cancellationToken);
            LogServing(version);
            return new ServingRanker(ranker, version, "promoted");
        }
        catch (InvalidDataException)
        {
            // The engine refused the manifest (another feature schema) or the zip is not a ranking model.
            LogRefused(version, "schema_mismatch");
            return ServingRanker.Baseline("schema_mismatch", version);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
        {
            LogRefused(version, e.GetType().Name);
            return ServingRanker.Baseline("load_failed", version);
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching: model {Version} now serves")]
    private partial void LogServing(string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching: model {Version} refused ({Reason}); the baseline serves")]
    private partial void LogRefused(string version, string reason);
}
