using System.IO.Compression;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>Opens the reference files compiled into this assembly (see the csproj's EmbeddedResource item).</summary>
internal static class EmbeddedFiles
{
    private const string Prefix = "LabourHub.ReferenceData.";

    public static Stream Open(string relativePath)
    {
        var name = Prefix + relativePath.Replace('\\', '/').Replace('/', Path.DirectorySeparatorChar);
        var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(name)
            ?? typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(Prefix + relativePath);
        return stream ?? throw new FileNotFoundException($"Reference file '{relativePath}' is not embedded in {typeof(EmbeddedFiles).Assembly.GetName().Name}.");
    }

    /// <summary>Opens one CSV inside an embedded zip (the unmodified ESCO download packages).</summary>
    public static Stream OpenZipEntry(string zipPath, string entryName)
    {
        var archive = new ZipArchive(Open(zipPath), ZipArchiveMode.Read, leaveOpen: false);
        var entry = archive.GetEntry(entryName) ?? throw new FileNotFoundException($"'{entryName}' is not in '{zipPath}'.");
        return new ZipEntryStream(archive, entry.Open());
    }

    /// <summary>Disposes the archive together with the entry stream.</summary>
    private sealed class ZipEntryStream(ZipArchive archive, Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                archive.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
