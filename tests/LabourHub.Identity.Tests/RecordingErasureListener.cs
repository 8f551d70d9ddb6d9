using System.Collections.Concurrent;
using LabourHub.Application.Privacy.EraseMyData;

namespace LabourHub.Identity.Tests;

/// <summary>Stands in for the search index and matching exports, which are not built yet: records what it is told.</summary>
public sealed class RecordingErasureListener : IErasureListener
{
    public ConcurrentBag<Guid> Erased { get; } = [];

    public Task WorkerErasedAsync(Guid workerId, CancellationToken cancellationToken)
    {
        Erased.Add(workerId);
        return Task.CompletedTask;
    }
}
