using LabourHub.Application.Common;
using LabourHub.Application.Workers.Documents;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workflow;

/// <summary>
/// Documents on placement steps (signed contract, permit, SGK receipt): the marketplace's upload rules, stored with the
/// worker's files, recorded as a workflow command whose audit entry carries the file's SHA-256. Readable by the people
/// who may read the placement.
/// </summary>
public sealed class PlacementDocumentsHandler(ILabourHubDbContext db, IDocumentStore store, PlacementCommandsHandler commands, PlacementQueries queries, TimeProvider clock)
{
    public async Task<(CommandOutcome Outcome, string? Problem)> UploadAsync(Guid idempotencyKey, Guid placementId, int expectedVersion, PlacementDocumentKind kind, string? fileName, Stream content, string callerUserId, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(placementId, callerUserId, cancellationToken);
        if (view is null || view.Side == PlacementSide.CaseWorker)
        {
            return (new CommandOutcome(CommandResult.NotFound, null, null), null);
        }

        var file = await UploadedFile.CheckAsync(content, cancellationToken);
        if (file.Problem is not null)
        {
            return (new CommandOutcome(CommandResult.Blocked, placementId, expectedVersion, new WorkflowProblem(file.Problem)), file.Problem);
        }

        var placement = view.Placement;
        var document = PlacementDocument.Of(placement.Id, kind, DocumentFileName.Clean(fileName, file.ContentType), file.ContentType, file.Content.Length, file.Sha256, callerUserId, clock.GetUtcNow());
        await store.SaveAsync(placement.WorkerId.Value, document.Id, file.Content, cancellationToken);
        db.PlacementDocuments.Add(document);
        var outcome = await commands.ExecuteAsync(idempotencyKey, placementId, expectedVersion, new AttachDocument(kind, file.Sha256, view.Side == PlacementSide.Worker), callerUserId, cancellationToken);
        if (outcome.Result != CommandResult.Done)
        {
            // Nothing was recorded (refused, stale, or this key was already used): the file goes too.
            await store.DeleteAsync(placement.WorkerId.Value, document.Id, CancellationToken.None);
        }

        return (outcome, null);
    }

    public async Task<IReadOnlyList<PlacementDocument>> ListAsync(Guid placementId, CancellationToken cancellationToken) =>
        await db.PlacementDocuments.AsNoTracking().Where(d => d.PlacementId == new PlacementId(placementId)).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);

    /// <summary>A document of a placement the caller may read; null otherwise.</summary>
    public async Task<DocumentFile?> OpenAsync(Guid placementId, Guid documentId, string callerUserId, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(placementId, callerUserId, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var document = await db.PlacementDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.PlacementId == view.Placement.Id, cancellationToken);
        var bytes = document is null ? null : await store.ReadAsync(view.Placement.WorkerId.Value, document.Id, cancellationToken);
        return bytes is null ? null : new DocumentFile(document!.FileName, document.ContentType, bytes);
    }
}
