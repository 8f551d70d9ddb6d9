using LabourHub.Application.Privacy.EraseMyData;
using LabourHub.Application.Workers.Documents;
using LabourHub.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Documents;

/// <summary>
/// Keeps document bytes under {DataFolder}/documents/{worker}/{document}, outside the web root: nothing serves this
/// folder, files leave it only through the portal's authorised endpoints. Writes go to a temporary file that is then
/// renamed, so a crash never leaves half a document. Also erases a worker's folder when they erase their data.
/// </summary>
public sealed class FileSystemDocumentStore(IOptions<LabourHubOptions> options) : IDocumentStore, IErasureListener
{
    private string Root => Path.Combine(options.Value.DataFolder, "documents");

    public async Task SaveAsync(Guid workerId, Guid documentId, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, workerId.ToString("N"));
        Directory.CreateDirectory(folder);
        var path = PathOf(workerId, documentId);
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(Guid workerId, Guid documentId, CancellationToken cancellationToken)
    {
        var path = PathOf(workerId, documentId);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(Guid workerId, Guid documentId, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(workerId, documentId));
        return Task.CompletedTask;
    }

    public Task DeleteAllAsync(Guid workerId, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, workerId.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    public Task WorkerErasedAsync(Guid workerId, CancellationToken cancellationToken) => DeleteAllAsync(workerId, cancellationToken);

    private string PathOf(Guid workerId, Guid documentId) => Path.Combine(Root, workerId.ToString("N"), documentId.ToString("N") + ".bin");
}
