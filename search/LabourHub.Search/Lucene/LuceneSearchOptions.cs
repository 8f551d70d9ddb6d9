namespace LabourHub.Search.Lucene;

public sealed class LuceneSearchOptions
{
    /// <summary>The folder holding one sub-folder per index; the host puts it under the data folder.</summary>
    public required string RootPath { get; init; }

    /// <summary>Memory the writer buffers before it flushes a segment.</summary>
    public double RamBufferMb { get; init; } = 48;
}
