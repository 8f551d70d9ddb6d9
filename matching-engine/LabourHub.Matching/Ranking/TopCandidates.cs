using System.Collections.Concurrent;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Ranks many candidates for one job and keeps the best k. The vacancy is looked up once
/// (<see cref="FeatureExtractor.Prepare"/>); candidates then go through in blocks of <see cref="BlockRows"/>: their
/// features into a column-major buffer reused by each thread, the block scored at once when the ranker can
/// (<see cref="IBlockRanker"/>: the tree ensemble tree by tree, the baseline column by column), and a bounded
/// min-heap per thread keeps the k best (no allocation per candidate). Large lists are split in chunks across the
/// machine's cores; the heaps are merged at the end. Ties are broken by input order, so the result is exactly the
/// first k of "score every candidate, sort by score, then by position" (a test holds the two together).
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
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (firstStage is not null && candidates.Count > firstStageKeep)
        {
            var shortlist = new TopCandidates(extractor, firstStage).Rank(job, candidates, Math.Max(k, firstStageKeep), today);
            return new TopCandidates(extractor, ranker).Rank(job, shortlist.Select(s => s.Candidate).ToList(), k, today);
        }

        var prepared = extractor.Prepare(job, today);
        var heaps = new ConcurrentBag<PriorityQueue<int, (float Score, int Index)>>();
        if (candidates.Count < ParallelFrom)
        {
            heaps.Add(RankRange(prepared, candidates, 0, candidates.Count, k, new Block(), null));
        }
        else
        {
            var chunks = System.Collections.Concurrent.Partitioner.Create(0, candidates.Count, ChunkRows);
            Parallel.ForEach(
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => (Block: new Block(), Heap: (PriorityQueue<int, (float, int)>?)null),
                (range, _, local) => (local.Block, RankRange(prepared, candidates, range.Item1, range.Item2, k, local.Block, local.Heap)),
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
            .Select(x => (candidates[x.Element], x.Priority.Score))
            .ToList();
    }

    private PriorityQueue<int, (float Score, int Index)> RankRange(
        PreparedJob prepared, IReadOnlyList<CandidateProfile> candidates, int from, int to, int k, Block block, PriorityQueue<int, (float Score, int Index)>? heap)
    {
        heap ??= new PriorityQueue<int, (float Score, int Index)>(k + 1, WorstFirst.Instance);
        var blockRanker = ranker as IBlockRanker;
        for (var start = from; start < to; start += BlockRows)
        {
            var rows = Math.Min(BlockRows, to - start);
            extractor.ExtractBlock(prepared, candidates, start, rows, block.Columns, BlockRows);
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

                    block.Scores[r] = ranker.Score(block.Row);
                }
            }

            for (var r = 0; r < rows; r++)
            {
                var entry = (block.Scores[r], start + r);
                if (heap.Count < k)
                {
                    heap.Enqueue(start + r, entry);
                }
                else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(entry, worst) > 0)
                {
                    heap.DequeueEnqueue(start + r, entry);
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
