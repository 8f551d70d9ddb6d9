using LabourHub.Application.Privacy.EraseMyData;
using LabourHub.Search.Contract;

namespace LabourHub.Infrastructure.Search;

/// <summary>
/// Removes an erased worker's candidate document at once. If the engine is down the outbox message written with the
/// erasure removes it when the indexer catches up, so a failure here is not an error.
/// </summary>
public sealed class SearchErasureListener(ISearchEngine engine) : IErasureListener
{
    public async Task WorkerErasedAsync(Guid workerId, CancellationToken cancellationToken)
    {
        try
        {
            await engine.DeleteAsync(SearchIndexes.Candidates, [SearchDocumentFactory.Key(workerId)], cancellationToken);
        }
        catch (SearchUnavailableException)
        {
            // The outbox catches up.
        }
    }
}
