using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Workflow;

/// <summary>What a document on a placement step is.</summary>
public enum PlacementDocumentKind
{
    SignedContract = 1,
    WorkPermit = 2,
    SgkReceipt = 3,
    Exemption = 4,
    Other = 9,
}

/// <summary>
/// A file attached to a placement step (the signed contract, the permit, the SGK receipt). The bytes live in the
/// document store beside the worker's own documents; the SHA-256 is also written into the audit chain.
/// </summary>
public sealed class PlacementDocument
{
    private PlacementDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementId PlacementId { get; private set; }
    public PlacementDocumentKind Kind { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }
    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    public static PlacementDocument Of(PlacementId placement, PlacementDocumentKind kind, string fileName, string contentType, long size, string sha256, string uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        PlacementId = placement,
        Kind = kind,
        FileName = fileName,
        ContentType = contentType,
        SizeBytes = size,
        Sha256 = sha256,
        UploadedBy = uploadedBy,
        UploadedAt = now,
    };
}
