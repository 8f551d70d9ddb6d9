namespace LabourHub.Application.Workers.Documents;

/// <summary>
/// Decides what a file is from its first bytes (its "magic number"), never from its name or the browser's claim: an
/// executable renamed "cv.pdf" starts with "MZ", not "%PDF-", and is refused.
/// </summary>
public static class FileSignature
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    /// <summary>The accepted content type of these bytes, or null when they are not a PDF, JPEG or PNG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (content.StartsWith(PngMagic))
        {
            return Png;
        }

        return content.StartsWith(JpegMagic) ? Jpeg : null;
    }
}
