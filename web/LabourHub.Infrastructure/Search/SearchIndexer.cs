using LabourHub.Infrastructure.Jobs;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Search.Contract;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Search;

/// <summary>
/// Brings the search index in step with the database: takes unprocessed outbox messages in order, reads the current
/// state of each record, indexes or deletes its document, then marks the messages processed. A crash or an outage
/// between the two leaves the messages unprocessed, so they are replayed; replays are harmless because documents are
/// replaced by id. While the engine is down the indexer backs off and catches up when it returns. As a background
/// service it works only while it holds the <see cref="JobNames.SearchIndexer"/> lease, so one worker indexes at a time.
/// </summary>
public sealed partial class SearchIndexer(
    IServiceScopeFactory scopes,
    ISearchEngine engine,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    JobLeases leases,
    IEnumerable<IVacancyIndexObserver> observers,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Processes one batch; returns how many messages it completed (0 when the outbox is empty).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        var batch = await db.SearchOutbox
            .Where(m => m.ProcessedAt == null)
            .OrderBy(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        try
        {
            var vacancies = IdsOf(batch, SearchTopics.Vacancy);
            var employers = IdsOf(batch, SearchTopics.Employer);
            if (employers.Count > 0)
            {
                var keys = employers.Select(e => new Domain.Identifiers.EmployerId(e)).ToList();
                vacancies.UnionWith(await db.Vacancies.AsNoTracking().Where(v => keys.Contains(v.EmployerId)).Select(v => v.Id.Value).ToListAsync(cancellationToken));
            }

            if (vacancies.Count > 0)
            {
                var (upserts, deletes) = await documents.VacanciesAsync(vacancies, cancellationToken);
                await ApplyAsync(SearchIndexes.Vacancies, upserts, deletes, cancellationToken);
            }

            var workers = IdsOf(batch, SearchTopics.Worker);
            if (workers.Count > 0)
            {
                var (upserts, deletes) = await documents.CandidatesAsync(workers, cancellationToken);
                await ApplyAsync(SearchIndexes.Candidates, upserts, deletes, cancellationToken);
            }
        }
        catch (SearchUnavailableException)
        {
            foreach (var message in batch)
            {
                message.MarkFailedAttempt();
            }

            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        var now = clock.GetUtcNow();
        foreach (var message in batch)
        {
            message.MarkProcessed(now);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (batch.Exists(m => m.Topic is SearchTopics.Vacancy or SearchTopics.Employer))
        {
            foreach (var observer in observers)
            {
                await observer.VacanciesChangedAsync(CancellationToken.None);
            }
        }

        return batch.Count;
    }

    /// <summary>
    /// A vacancy whose closing date passes changes no row, so nothing would tell the index. Once a day (and at start)
    /// the indexer writes outbox messages for open vacancies that closed in the last week; processing them removes the
    /// documents. Returns how many were queued.
    /// </summary>
    public async Task<int> QueueExpiredVacanciesAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var weekAgo = today.AddDays(-7);
        var expired = await db.Vacancies.AsNoTracking()
            .Where(v => v.Status == Domain.Vacancies.VacancyStatus.Open && v.ClosesOn != null && v.ClosesOn < today && v.ClosesOn >= weekAgo)
            .Select(v => v.Id.Value)
            .ToListAsync(cancellationToken);
        db.SearchOutbox.AddRange(expired.Select(id => SearchOutboxMessage.For(SearchTopics.Vacancy, id, now)));
        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }

    /// <summary>Processes batches until the outbox is empty.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int done;
        while ((done = await ProcessBatchAsync(cancellationToken)) > 0)
        {
            total += done;
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            await leases.ReleaseAsync(JobNames.SearchIndexer);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        DateOnly? swept = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await leases.HoldAsync(JobNames.SearchIndexer, stoppingToken))
                {
                    await Task.Delay(leases.RetryInterval, clock, stoppingToken);
                    continue;
                }

                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (swept != today)
                {
                    await QueueExpiredVacanciesAsync(stoppingToken);
                    swept = today;
                }

                var done = await ProcessBatchAsync(stoppingToken);
                if (backoff > TimeSpan.Zero)
                {
                    LogCaughtUp(logger);
                    backoff = TimeSpan.Zero;
                }

                if (done == 0)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The indexer must outlive any one failure: it logs, backs off and retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
                LogBackoff(logger, e.GetType().Name, backoff.TotalSeconds);
                await Task.Delay(backoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ApplyAsync(string index, List<SearchDocument> upserts, List<string> deletes, CancellationToken cancellationToken)
    {
        if (upserts.Count > 0)
        {
            await engine.IndexAsync(index, upserts, cancellationToken);
        }

        if (deletes.Count > 0)
        {
            await engine.DeleteAsync(index, deletes, cancellationToken);
        }
    }

    private static HashSet<Guid> IdsOf(List<SearchOutboxMessage> batch, string topic) =>
        batch.Where(m => m.Topic == topic).Select(m => Guid.Parse(m.EntityId)).ToHashSet();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing paused ({Reason}); retrying in {Seconds} s")]
    private static partial void LogBackoff(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexing caught up after an outage")]
    private static partial void LogCaughtUp(ILogger logger);
}
