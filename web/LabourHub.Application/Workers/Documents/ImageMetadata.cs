using System.Buffers.Binary;

namespace LabourHub.Application.Workers.Documents;

/// <summary>
/// Removes metadata (EXIF with GPS position and camera serial, XMP, IPTC, comments, text chunks) from JPEG and PNG
/// files without decoding or re-encoding the picture: the segments that carry it are dropped and the image data is
/// copied byte for byte. A file whose structure does not parse is refused rather than passed through.
/// </summary>
public static class ImageMetadata
{
    /// <summary>The image without metadata, or null when the bytes are not a well-formed JPEG or PNG.</summary>
    public static byte[]? Strip(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        return contentType switch
        {
            FileSignature.Jpeg => StripJpeg(content),
            FileSignature.Png => StripPng(content),
            _ => content,
        };
    }

    private static byte[]? StripJpeg(byte[] jpeg)
    {
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2); // SOI
        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker == 0xDA)
            {
                // Start of scan: the compressed picture and everything after it are copied unchanged.
                output.Write(jpeg, position, jpeg.Length - position);
                return output.ToArray();
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write(jpeg, position, 2);
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2, 2));
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                return null;
            }

            // APP1..APP15 carry EXIF, XMP, ICC-free extras, IPTC (APP13); COM (0xFE) carries comments. APP0 (JFIF)
            // and APP14 (Adobe colour transform) are needed to show the picture correctly and carry nothing personal.
            var drop = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE && marker != 0xE2);
            if (!drop)
            {
                output.Write(jpeg, position, 2 + length);
            }

            position += 2 + length;
        }

        return null;
    }

    private static readonly HashSet<string> PngKeep = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs"];

    private static byte[]? StripPng(byte[] png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(png, 0, 8);
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position, 4));
            if (length > int.MaxValue || position + 12 + (long)length > png.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var total = 12 + (int)length;
            if (PngKeep.Contains(type))
            {
                output.Write(png, position, total);
            }

            position += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }
}
