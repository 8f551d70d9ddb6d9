namespace LabourHub.Application.Workers.Documents;

/// <summary>Where document bytes live: outside the web root, under the data folder. Implemented in Infrastructure.</summary>
public interface IDocumentStore
{
    Task SaveAsync(Guid workerId, Guid documentId, byte[] content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when the file is gone.</summary>
    Task<byte[]?> ReadAsync(Guid workerId, Guid documentId, CancellationToken cancellationToken);

    Task DeleteAsync(Guid workerId, Guid documentId, CancellationToken cancellationToken);

    /// <summary>Removes every file of one worker (erasure).</summary>
    Task DeleteAllAsync(Guid workerId, CancellationToken cancellationToken);
}
