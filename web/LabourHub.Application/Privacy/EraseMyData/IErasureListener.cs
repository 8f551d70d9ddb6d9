namespace LabourHub.Application.Privacy.EraseMyData;

/// <summary>
/// Told when a person's marketplace data has been erased, so copies elsewhere go too (the search index and matching
/// exports register one when they exist). Runs after the database transaction committed.
/// </summary>
public interface IErasureListener
{
    Task WorkerErasedAsync(Guid workerId, CancellationToken cancellationToken);
}
