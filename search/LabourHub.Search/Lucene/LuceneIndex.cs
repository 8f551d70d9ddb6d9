using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace LabourHub.Search.Lucene;

/// <summary>
/// One on-disk index: a single writer (Lucene allows one per directory) and a searcher manager that reopens
/// near-real-time readers from it. Each write batch is committed before it returns, so what the caller was told is
/// indexed survives a crash.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _fields = new();
    private (IndexReader Reader, List<string> Folded, HashSet<string> All)? _fieldCache;

    public LuceneIndex(string path, double ramBufferMb)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(new DirectoryInfo(path));
        var config = new IndexWriterConfig(LuceneAnalysis.Version, LuceneAnalysis.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMb,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Filters that repeat across queries, cached as bit sets per segment.</summary>
    public FilterCache Filters { get; } = new();

    public void Write(Action<IndexWriter> change)
    {
        change(_writer);
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The text fields of the current reader, cached until the reader changes.</summary>
    public (List<string> Folded, HashSet<string> All) Fields(IndexSearcher searcher)
    {
        lock (_fields)
        {
            if (_fieldCache is { } cached && ReferenceEquals(cached.Reader, searcher.IndexReader))
            {
                return (cached.Folded, cached.All);
            }

            var (folded, all) = LuceneQueries.Fields(searcher.IndexReader);
            _fieldCache = (searcher.IndexReader, folded, all);
            return (folded, all);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
