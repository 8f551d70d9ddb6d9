using System.Diagnostics;
using LabourHub.Application.Common;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Search.Contract;
using LabourHub.Search.Elasticsearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabourHub.Infrastructure.Search;

/// <summary>
/// Recreates the indexes from the database, the source of truth: after a new deployment, a lost index folder, a
/// mapping change, or when the operator asks (`LabourHub.Web search rebuild`). Outbox messages written before the
/// rebuild began are marked processed (the rebuild read a newer state); later ones are processed as usual.
/// </summary>
public sealed partial class SearchIndexRebuilder(IServiceScopeFactory scopes, ISearchEngine engine, TimeProvider clock, ILogger<SearchIndexRebuilder> logger)
{
    private const int BatchSize = 10_000;

    /// <exception cref="SearchIndexUnavailableException">The engine cannot be reached; nothing was marked processed.</exception>
    public async Task<RebuildSummary> RebuildAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await RebuildAllAsync(progress, cancellationToken);
        }
        catch (SearchUnavailableException e)
        {
            throw new SearchIndexUnavailableException(e.Message, e);
        }
    }

    /// <exception cref="SearchIndexUnavailableException">The engine cannot be reached.</exception>
    public async Task<bool> RebuildIfEmptyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RebuildIfEmptyCoreAsync(cancellationToken);
        }
        catch (SearchUnavailableException e)
        {
            throw new SearchIndexUnavailableException(e.Message, e);
        }
    }

    private async Task<RebuildSummary> RebuildAllAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        var lastMessage = await db.SearchOutbox.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;

        var vacancies = await RebuildIndexAsync(SearchIndexes.Vacancies, documents.AllVacanciesAsync(BatchSize, cancellationToken), progress, cancellationToken);
        var candidates = await RebuildIndexAsync(SearchIndexes.Candidates, documents.AllCandidatesAsync(BatchSize, cancellationToken), progress, cancellationToken);
        var occupations = await RebuildIndexAsync(SearchIndexes.Occupations, Once(await documents.OccupationsAsync(cancellationToken)), progress, cancellationToken);

        await db.SearchOutbox.Where(m => m.ProcessedAt == null && m.Id <= lastMessage)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, clock.GetUtcNow()), cancellationToken);
        var summary = new RebuildSummary(vacancies, candidates, occupations, watch.Elapsed);
        LogRebuilt(logger, vacancies, candidates, occupations, (long)watch.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>Rebuilds when the indexes are empty or plainly out of step with the database.</summary>
    private async Task<bool> RebuildIfEmptyCoreAsync(CancellationToken cancellationToken)
    {
        if (engine is ElasticsearchSearchEngine elasticsearch)
        {
            // The committed index templates (infra/elasticsearch) carry the analysis; apply them before any index exists.
            await elasticsearch.EnsureIndexTemplatesAsync(cancellationToken);
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        // Empty (first start, lost folder) or out of step with a database it never saw (a new database beside an old
        // index, a bulk load): with nothing waiting in the outbox, the open-vacancy counts must agree.
        var occupations = await engine.CountAsync(SearchIndexes.Occupations, cancellationToken);
        var indexed = await engine.CountAsync(SearchIndexes.Vacancies, cancellationToken);
        var pending = await db.SearchOutbox.AnyAsync(m => m.ProcessedAt == null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Vacancies.CountAsync(v => v.Status == Domain.Vacancies.VacancyStatus.Open && (v.ClosesOn == null || v.ClosesOn >= today), cancellationToken);
        var stale = occupations == 0 || (indexed == 0 && open > 0) || (!pending && indexed != open);
        if (!stale)
        {
            return false;
        }

        await RebuildAllAsync(null, cancellationToken);
        return true;
    }

    private async Task<long> RebuildIndexAsync(string index, IAsyncEnumerable<List<SearchDocument>> batches, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await engine.ResetAsync(index, cancellationToken);
        long count = 0;
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            if (batch.Count > 0)
            {
                await engine.IndexAsync(index, batch, cancellationToken);
                count += batch.Count;
                progress?.Report($"{index}: {count} documents");
            }
        }

        return count;
    }

    private static async IAsyncEnumerable<List<SearchDocument>> Once(List<SearchDocument> documents)
    {
        await Task.CompletedTask;
        yield return documents;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes rebuilt: {Vacancies} vacancies, {Candidates} candidates, {Occupations} occupations in {ElapsedMs} ms")]
    private static partial void LogRebuilt(ILogger logger, long vacancies, long candidates, long occupations, long elapsedMs);
}

public sealed record RebuildSummary(long Vacancies, long Candidates, long Occupations, TimeSpan Elapsed);
