using System.Security.Cryptography;
using LabourHub.Domain.Documents;

namespace LabourHub.Application.Workers.Documents;

/// <summary>
/// The upload rules every document in LabourHub goes through (a worker's CV, a placement's contract or SGK receipt):
/// at most 5 MB read (never buffering more), the type sniffed from the bytes, image metadata removed, a SHA-256.
/// </summary>
public static class UploadedFile
{
    public static async Task<CheckedFile> CheckAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadLimitedAsync(content, WorkerDocument.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return CheckedFile.Refused("document.too_large");
        }

        if (bytes.Length == 0)
        {
            return CheckedFile.Refused("document.empty");
        }

        var type = FileSignature.Sniff(bytes);
        if (type is null)
        {
            return CheckedFile.Refused("document.type");
        }

        var clean = ImageMetadata.Strip(bytes, type);
        return clean is null
            ? CheckedFile.Refused("document.damaged")
            : new CheckedFile(clean, type, Convert.ToHexStringLower(SHA256.HashData(clean)), null);
    }

    /// <summary>The stream's bytes, or null as soon as it proves longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>A file that passed the rules (bytes, sniffed type, hash), or the code of the rule it failed.</summary>
public sealed record CheckedFile(byte[] Content, string ContentType, string Sha256, string? Problem)
{
    public static CheckedFile Refused(string code) => new([], string.Empty, string.Empty, code);
}
