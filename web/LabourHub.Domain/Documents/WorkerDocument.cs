using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Documents;

/// <summary>
/// A file a worker uploaded (CV, diploma, permit). The bytes live in the document store, outside the web root; this
/// record holds what the portal checked about them: the type sniffed from the content, the size and a SHA-256.
/// Employers never see documents; the worker and their assigned case worker (with consent) do.
/// </summary>
public sealed class WorkerDocument
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerWorker = 20;

    private WorkerDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public Guid Id { get; private set; }
    public WorkerId WorkerId { get; private set; }
    public DocumentKind Kind { get; private set; }

    /// <summary>The name the worker's device gave the file, cleaned of paths and control characters; shown back to them only.</summary>
    public string FileName { get; private set; }

    /// <summary>application/pdf, image/jpeg or image/png: decided from the bytes, never from the name or the browser.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public DocumentVerification Verification { get; private set; }
    public string? VerifiedByUserId { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Why a case worker did not accept it, in their words; shown to the worker.</summary>
    public string? VerificationNote { get; private set; }

    public static Result<WorkerDocument> Record(WorkerId worker, DocumentKind kind, string? fileName, string contentType, long sizeBytes, string sha256, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            return Result<WorkerDocument>.Failure("document.kind");
        }

        if (sizeBytes <= 0)
        {
            return Result<WorkerDocument>.Failure("document.empty");
        }

        if (sizeBytes > MaxBytes)
        {
            return Result<WorkerDocument>.Failure("document.too_large");
        }

        return Result<WorkerDocument>.Success(new WorkerDocument
        {
            Id = Guid.NewGuid(),
            WorkerId = worker,
            Kind = kind,
            FileName = DocumentFileName.Clean(fileName, contentType),
            ContentType = contentType,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            UploadedAt = now,
        });
    }

    public void Verify(string caseWorkerUserId, DateTimeOffset now) => Decide(DocumentVerification.Verified, caseWorkerUserId, null, now);

    public Result<WorkerDocument> Reject(string caseWorkerUserId, string? note, DateTimeOffset now)
    {
        var text = note?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 500)
        {
            return Result<WorkerDocument>.Failure("document.reject_note");
        }

        Decide(DocumentVerification.Rejected, caseWorkerUserId, text, now);
        return Result<WorkerDocument>.Success(this);
    }

    private void Decide(DocumentVerification verification, string caseWorkerUserId, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseWorkerUserId);
        Verification = verification;
        VerifiedByUserId = caseWorkerUserId;
        VerifiedAt = now;
        VerificationNote = note;
    }
}
