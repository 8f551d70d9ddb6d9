namespace LabourHub.Infrastructure.Search;

/// <summary>
/// Told after the indexer has written vacancy changes to the search index, so that copies of search results kept
/// elsewhere in this process (the anonymous search page's output cache) are dropped at once instead of at expiry.
/// </summary>
public interface IVacancyIndexObserver
{
    Task VacanciesChangedAsync(CancellationToken cancellationToken);
}
