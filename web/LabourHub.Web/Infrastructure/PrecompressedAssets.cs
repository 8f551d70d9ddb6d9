using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Serves stylesheets and scripts compressed at the smallest size (Brotli quality 11 or gzip 9), compressed once per
/// file version and kept in memory, so a first visit on a weak phone connection stays within its budget without
/// compressing 230 KB of Bootstrap on every request. Anything else falls through to the static-file middleware.
/// </summary>
public sealed class PrecompressedAssets(RequestDelegate next, IWebHostEnvironment environment)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Compressible = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".svg" };
    private readonly ConcurrentDictionary<(string Path, DateTimeOffset Modified, string Encoding), Lazy<byte[]>> _cache = new();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value;
        var encoding = Preferred(context.Request.Headers.AcceptEncoding.ToString());
        if (!HttpMethods.IsGet(context.Request.Method) || path is null || encoding is null
            || !Compressible.Contains(Path.GetExtension(path))
            || environment.WebRootFileProvider.GetFileInfo(path) is not { Exists: true, IsDirectory: false } file
            || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            await next(context);
            return;
        }

        var body = _cache.GetOrAdd((path, file.LastModified, encoding), key => new Lazy<byte[]>(() => Compress(file, key.Encoding))).Value;
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.ContentEncoding = encoding;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string? Preferred(string acceptEncoding) =>
        acceptEncoding.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
        : acceptEncoding.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip"
        : null;

    private static byte[] Compress(IFileInfo file, string encoding)
    {
        using var source = file.CreateReadStream();
        using var buffer = new MemoryStream();
        using (Stream compressor = encoding == "br"
            ? new BrotliStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)
            : new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            source.CopyTo(compressor);
        }

        return buffer.ToArray();
    }
}
