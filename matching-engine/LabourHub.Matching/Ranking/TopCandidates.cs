using System.Collections.Concurrent;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Ranks many candidates for one job and keeps the best k. Candidates are packed once into a
/// <see cref="CandidatePool"/> (pass one to rank the same people for many vacancies), the vacancy is looked up once
/// (<see cref="FeatureExtractor.Prepare"/>), then candidates go through in blocks of <see cref="BlockRows"/>: their
/// features into a column-major buffer reused by each thread, the block scored at once when the ranker can
/// (<see cref="IBlockRanker"/>: the tree ensemble tree by tree, the baseline column by column), and a bounded
/// min-heap per thread keeps the k best (nothing allocated per candidate). Large pools are split in chunks across
/// the machine's cores; the heaps are merged at the end. Ties go to the earlier candidate, so the result is exactly
/// the first k of "score every candidate, sort by score, then by position" (a test holds the two together).
/// With a first stage, a cheap ranker keeps the best <c>firstStageKeep</c> and only those are scored by the
/// expensive one.
/// </summary>
public sealed class TopCandidates(FeatureExtractor extractor, IRanker ranker, IRanker? firstStage = null, int firstStageKeep = 5000)
{
    public const int BlockRows = 256;
    private const int ParallelFrom = 20_000;
    private const int ChunkRows = 16 * BlockRows;

    public IReadOnlyList<(CandidateProfile Candidate, float Score)> Rank(JobProfile job, IReadOnlyList<CandidateProfile> candidates, int k, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = CandidatePool.From(candidates);
        return Rank(job, pool, k, today).Select(x => (candidates[x.Index], x.Score)).ToList();
    }

    /// <summary>The best k of the pool: each candidate's index in the pool and score, best first.</summary>
    public IReadOnlyList<(int Index, float Score)> Rank(JobProfile job, CandidatePool pool, int k, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var prepared = extractor.Prepare(job, today, pool);
        if (firstStage is not null && pool.Count > firstStageKeep)
        {
            var shortlist = Rank(prepared, firstStage, null, pool.Count, Math.Max(k, firstStageKeep))
                .Select(x => x.Index).Order().ToArray();
            return Rank(prepared, ranker, shortlist, shortlist.Length, k);
        }

        return Rank(prepared, ranker, null, pool.Count, k);
    }

    /// <summary>Ranks the pool's candidates 0 … count-1, or those listed in <paramref name="subset"/> (ascending).</summary>
    private List<(int Index, float Score)> Rank(PreparedJob prepared, IRanker scorer, int[]? subset, int count, int k)
    {
        var heaps = new ConcurrentBag<PriorityQueue<int, (float Score, int Index)>>();
        if (count < ParallelFrom)
        {
            heaps.Add(RankRange(prepared, scorer, subset, 0, count, k, new Block(), null));
        }
        else
        {
            Parallel.ForEach(
                Partitioner.Create(0, count, ChunkRows),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => (Block: new Block(), Heap: (PriorityQueue<int, (float, int)>?)null),
                (range, _, local) => (local.Block, RankRange(prepared, scorer, subset, range.Item1, range.Item2, k, local.Block, local.Heap)),
                local =>
                {
                    if (local.Heap is not null)
                    {
                        heaps.Add(local.Heap);
                    }
                });
        }

        return heaps.SelectMany(h => h.UnorderedItems)
            .OrderByDescending(x => x.Priority.Score).ThenBy(x => x.Priority.Index)
            .Take(k)
            .Select(x => (x.Element, x.Priority.Score))
            .ToList();
    }

    private PriorityQueue<int, (float Score, int Index)> RankRange(
        PreparedJob prepared, IRanker scorer, int[]? subset, int from, int to, int k, Block block, PriorityQueue<int, (float Score, int Index)>? heap)
    {
        heap ??= new PriorityQueue<int, (float Score, int Index)>(k + 1, WorstFirst.Instance);
        var blockRanker = scorer as IBlockRanker;
        for (var start = from; start < to; start += BlockRows)
        {
            var rows = Math.Min(BlockRows, to - start);
            var indices = block.Indices.AsSpan(0, rows);
            for (var r = 0; r < rows; r++)
            {
                indices[r] = subset is null ? start + r : subset[start + r];
            }

            extractor.ExtractBlock(prepared, indices, block.Columns, BlockRows);
            if (blockRanker is not null)
            {
                blockRanker.ScoreBlock(block.Columns, BlockRows, rows, block.Scores);
            }
            else
            {
                for (var r = 0; r < rows; r++)
                {
                    for (var f = 0; f < FeatureSchema.Count; f++)
                    {
                        block.Row[f] = block.Columns[(f * BlockRows) + r];
                    }

                    block.Scores[r] = scorer.Score(block.Row);
                }
            }

            for (var r = 0; r < rows; r++)
            {
                var entry = (block.Scores[r], indices[r]);
                if (heap.Count < k)
                {
                    heap.Enqueue(indices[r], entry);
                }
                else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(entry, worst) > 0)
                {
                    heap.DequeueEnqueue(indices[r], entry);
                }
            }
        }

        return heap;
    }

    /// <summary>One thread's reusable buffers.</summary>
    private sealed class Block
    {
        public float[] Columns { get; } = new float[FeatureSchema.Count * BlockRows];
        public float[] Scores { get; } = new float[BlockRows];
        public float[] Row { get; } = new float[FeatureSchema.Count];
        public int[] Indices { get; } = new int[BlockRows];
    }

    /// <summary>Orders heap entries worst first: lower score, then later position.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Index)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Index) x, (float Score, int Index) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Index.CompareTo(x.Index);
        }
    }
}
