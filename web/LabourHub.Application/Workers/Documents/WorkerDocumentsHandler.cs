using LabourHub.Application.Common;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workers.Documents;

/// <summary>
/// A worker's documents: upload (type sniffed from the bytes, size checked, image metadata removed), list, read back,
/// delete; and the case worker's read and verification. Every call finds the document through the caller's own
/// profile or assignment, so anyone else's document is "not found".
/// </summary>
public sealed class WorkerDocumentsHandler(ILabourHubDbContext db, IDocumentStore store, TimeProvider clock)
{
    public async Task<DocumentUpload> UploadAsync(string userId, DocumentKind kind, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var worker = await db.Workers.AsNoTracking().Where(w => w.UserId == userId).Select(w => (WorkerId?)w.Id).FirstOrDefaultAsync(cancellationToken);
        if (worker is not { } workerId)
        {
            return DocumentUpload.Failed("document.no_profile");
        }

        if (await db.WorkerDocuments.CountAsync(d => d.WorkerId == workerId, cancellationToken) >= WorkerDocument.MaxPerWorker)
        {
            return DocumentUpload.Failed("document.too_many");
        }

        var file = await UploadedFile.CheckAsync(content, cancellationToken);
        if (file.Problem is not null)
        {
            return DocumentUpload.Failed(file.Problem);
        }

        var recorded = WorkerDocument.Record(workerId, kind, fileName, file.ContentType, file.Content.Length, file.Sha256, clock.GetUtcNow());
        if (!recorded.IsSuccess)
        {
            return DocumentUpload.Failed(recorded.Error!.Code);
        }

        // The file is written before the row: a crash in between leaves an orphan file, never a row without its file.
        await store.SaveAsync(workerId.Value, recorded.Value.Id, file.Content, cancellationToken);
        db.WorkerDocuments.Add(recorded.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(workerId.Value, recorded.Value.Id, CancellationToken.None);
            throw;
        }

        return new DocumentUpload(recorded.Value.Id, null);
    }

    public async Task<IReadOnlyList<DocumentRow>> ListMineAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        return await Rows(db.WorkerDocuments.Where(d => mine.Contains(d.WorkerId)), cancellationToken);
    }

    /// <summary>The caller's own document with its bytes; null when it is not theirs.</summary>
    public async Task<DocumentFile?> OpenMineAsync(string userId, Guid documentId, CancellationToken cancellationToken)
    {
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        var document = await db.WorkerDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && mine.Contains(d.WorkerId), cancellationToken);
        return await OpenAsync(document, cancellationToken);
    }

    public async Task<bool> DeleteMineAsync(string userId, Guid documentId, CancellationToken cancellationToken)
    {
        var mine = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        var document = await db.WorkerDocuments.FirstOrDefaultAsync(d => d.Id == documentId && mine.Contains(d.WorkerId), cancellationToken);
        if (document is null)
        {
            return false;
        }

        db.WorkerDocuments.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(document.WorkerId.Value, document.Id, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<DocumentRow>> ListForCaseWorkerAsync(string caseWorkerUserId, Guid workerId, CancellationToken cancellationToken) =>
        await CaseWorkerMayReadAsync(caseWorkerUserId, new WorkerId(workerId), cancellationToken)
            ? await Rows(db.WorkerDocuments.Where(d => d.WorkerId == new WorkerId(workerId)), cancellationToken)
            : [];

    /// <summary>A document of a worker assigned to this case worker who consented to their help; null otherwise.</summary>
    public async Task<DocumentFile?> OpenForCaseWorkerAsync(string caseWorkerUserId, Guid workerId, Guid documentId, CancellationToken cancellationToken)
    {
        var id = new WorkerId(workerId);
        if (!await CaseWorkerMayReadAsync(caseWorkerUserId, id, cancellationToken))
        {
            return null;
        }

        var document = await db.WorkerDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.WorkerId == id, cancellationToken);
        return await OpenAsync(document, cancellationToken);
    }

    /// <summary>Records the case worker's decision; false when the document is not on their desk (or a rejection has no reason).</summary>
    public async Task<string?> DecideAsync(string caseWorkerUserId, Guid workerId, Guid documentId, bool verified, string? note, CancellationToken cancellationToken)
    {
        var id = new WorkerId(workerId);
        if (!await CaseWorkerMayReadAsync(caseWorkerUserId, id, cancellationToken))
        {
            return "document.not_found";
        }

        var document = await db.WorkerDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.WorkerId == id, cancellationToken);
        if (document is null)
        {
            return "document.not_found";
        }

        var now = clock.GetUtcNow();
        if (verified)
        {
            document.Verify(caseWorkerUserId, now);
        }
        else if (document.Reject(caseWorkerUserId, note, now) is { IsSuccess: false } rejected)
        {
            return rejected.Error!.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private Task<bool> CaseWorkerMayReadAsync(string caseWorkerUserId, WorkerId worker, CancellationToken cancellationToken) =>
        CaseWork.CaseWorkerAccess.MayReadAsync(db, caseWorkerUserId, worker, cancellationToken);

    private async Task<DocumentFile?> OpenAsync(WorkerDocument? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return null;
        }

        var bytes = await store.ReadAsync(document.WorkerId.Value, document.Id, cancellationToken);
        return bytes is null ? null : new DocumentFile(document.FileName, document.ContentType, bytes);
    }

    private static async Task<IReadOnlyList<DocumentRow>> Rows(IQueryable<WorkerDocument> documents, CancellationToken cancellationToken) =>
        await documents.AsNoTracking()
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.ContentType, d.SizeBytes, d.UploadedAt, d.Verification, d.VerificationNote))
            .ToListAsync(cancellationToken);
}

/// <summary>The outcome of an upload: the new document's id, or the error code to show.</summary>
public sealed record DocumentUpload(Guid? Id, string? Problem)
{
    public static DocumentUpload Failed(string code) => new(null, code);
}

public sealed record DocumentRow(Guid Id, DocumentKind Kind, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, DocumentVerification Verification, string? Note);

public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);
