using System.Diagnostics;
using LabourHub.Domain.Eligibility;
using LabourHub.Infrastructure.DemoData;
using LabourHub.Infrastructure.Matching;
using LabourHub.Matching.Inputs;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace LabourHub.Matching.Cli;

/// <summary>
/// `benchmark --model FILE --candidates N [--repeats R]`: ranks N eligible candidates for one vacancy (features,
/// direct tree scoring, top 50) R times and prints p50/p95, the time ML.NET takes to score the same rows in bulk,
/// and peak memory. `benchmark-train --rows N`: LambdaRank training time on N rows. Not a test: figures only.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RankAsync(string modelPath, int candidates, int repeats, bool baseline, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (model, _) = await ModelStore.LoadAsync(modelPath, cancellationToken);
        IRanker ranker = baseline ? new BaselineRanker() : model;
        var context = MatchingContext.Load(today);
        var generator = new DemoPopulationGenerator(DemoReferenceLoader.LoadFromFiles(today), 5, now);
        var job = MatchingMapper.ToJob(generator.Generate(1, 1, 0).Vacancies[0]);
        var packing = Stopwatch.GetTimestamp();
        var pool = CandidatePool.From(generator.GenerateWorkersWithSummaries(candidates)
            .Select(w => MatchingMapper.ToCandidate(w.Worker, EligibilityStatus.EligibleNow) with { Text = w.Summary }));
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"{pool.Count} candidates generated and packed into a candidate pool in {Stopwatch.GetElapsedTime(packing).TotalSeconds:0.0} s (once per candidate set); ranking for one {job.IscoCode} vacancy, top 50, {repeats} runs."));

        var top = new TopCandidates(context.Extractor, ranker);
        top.Rank(job, pool, 50, today); // warm-up
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            top.Rank(job, pool, 50, today);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var bare = MlNetBulkScoringMilliseconds(modelPath, job, pool, context, today);
        var direct = DirectScoringMilliseconds(ranker, job, pool, context, today);
        var features = FeatureMilliseconds(job, pool, context, today);
        await Report($"exhaustive, {ranker.Name}", times, bare, pool.Count);
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"  of which, on one thread: features of all rows {features:0} ms (block by block into one reused buffer)"));
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"  the same rows' features precomputed, scored by the direct evaluator alone (one thread): {direct:0} ms (ranking p50 / that {times[times.Count / 2] / direct:0.00})"));

        // Two stages: the linear baseline keeps the best 5,000, the model ranks those.
        var cascade = new TopCandidates(context.Extractor, ranker, new BaselineRanker(), 5000);
        var exhaustiveTop = top.Rank(job, pool, 50, today).Select(c => c.Index).ToHashSet();
        var cascadeTop = cascade.Rank(job, pool, 50, today).Select(c => c.Index).ToList();
        times.Clear();
        for (var i = 0; i < repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            cascade.Rank(job, pool, 50, today);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        await Report("baseline keeps 5,000, then the model", times, bare, pool.Count);
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"  the two-stage top 50 shares {cascadeTop.Count(exhaustiveTop.Contains)} of 50 candidates with the exhaustive top 50"));
        return 0;
    }

    private static Task Report(string how, List<double> times, double bare, int count)
    {
        times.Sort();
        var p50 = times[times.Count / 2];
        return Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"rank {count} candidates ({how}): p50 {p50:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms; ML.NET bulk scoring of the same rows {bare:0} ms (ratio {p50 / bare:0.000}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
    }

    public static async Task<int> TrainAsync(int rows, CancellationToken cancellationToken)
    {
        const int perJob = 20;
        var groups = SyntheticGroups(rows / perJob, perJob);
        var started = Stopwatch.GetTimestamp();
        var model = new LambdaRankTrainer(new TrainingOptions()).Train(groups);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"trained {model.Ranker.TreeCount} trees on {model.TrainingRows} rows ({groups.Count} jobs) in {elapsed.TotalSeconds:0.0} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return 0;
    }

    /// <summary>
    /// ML.NET's own bulk scoring (Transform over an IDataView) of the same rows, features computed beforehand. Timed in
    /// slices of 100,000 rows and summed, so the comparison does not hold a million-row IDataView in memory.
    /// </summary>
    private static double MlNetBulkScoringMilliseconds(string modelPath, JobProfile job, CandidatePool pool, MatchingContext context, DateOnly today)
    {
        const int slice = 100_000;
        var ml = new MLContext();
        using var stream = File.OpenRead(modelPath);
        var transformer = (RankingPredictionTransformer<LightGbmRankingModelParameters>)ml.Model.Load(stream, out _);
        var elapsed = 0.0;
        for (var from = 0; from < pool.Count; from += slice)
        {
            var rows = Blocks(job, pool, context, today, from, Math.Min(slice, pool.Count - from))
                .SelectMany(b => Enumerable.Range(0, b.Rows).Select(r => new RankingRow
                {
                    Features = Enumerable.Range(0, Features.FeatureSchema.Count).Select(f => b.Columns[(f * TopCandidates.BlockRows) + r]).ToArray(),
                    GroupId = 1,
                }))
                .ToList();
            var data = ml.Data.LoadFromEnumerable(rows);
            var started = Stopwatch.GetTimestamp();
            var scores = transformer.Transform(data).GetColumn<float>("Score").ToArray();
            elapsed += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (scores.Length != rows.Count)
            {
                throw new InvalidOperationException("ML.NET scored a different number of rows.");
            }
        }

        return elapsed;
    }

    /// <summary>The direct evaluator alone on the same rows, features computed beforehand (column-major blocks, one thread).</summary>
    private static double DirectScoringMilliseconds(IRanker ranker, JobProfile job, CandidatePool pool, MatchingContext context, DateOnly today)
    {
        if (ranker is not IBlockRanker block)
        {
            return double.NaN;
        }

        var blocks = Blocks(job, pool, context, today, 0, pool.Count).ToList();
        var scores = new float[TopCandidates.BlockRows];
        var started = Stopwatch.GetTimestamp();
        foreach (var (columns, rows) in blocks)
        {
            block.ScoreBlock(columns, TopCandidates.BlockRows, rows, scores);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Feature extraction alone: every row of the pool into one reused block buffer, one thread.</summary>
    private static double FeatureMilliseconds(JobProfile job, CandidatePool pool, MatchingContext context, DateOnly today)
    {
        const int size = TopCandidates.BlockRows;
        var columns = new float[Features.FeatureSchema.Count * size];
        var indices = new int[size];
        var started = Stopwatch.GetTimestamp();
        var prepared = context.Extractor.Prepare(job, today, pool);
        for (var start = 0; start < pool.Count; start += size)
        {
            var rows = Math.Min(size, pool.Count - start);
            for (var r = 0; r < rows; r++)
            {
                indices[r] = start + r;
            }

            context.Extractor.ExtractBlock(prepared, indices.AsSpan(0, rows), columns, size);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static IEnumerable<(float[] Columns, int Rows)> Blocks(JobProfile job, CandidatePool pool, MatchingContext context, DateOnly today, int from, int count)
    {
        const int size = TopCandidates.BlockRows;
        var prepared = context.Extractor.Prepare(job, today, pool);
        for (var start = from; start < from + count; start += size)
        {
            var rows = Math.Min(size, from + count - start);
            var columns = new float[Features.FeatureSchema.Count * size];
            context.Extractor.ExtractBlock(prepared, Enumerable.Range(start, rows).ToArray(), columns, size);
            yield return (columns, rows);
        }
    }

    /// <summary>Random feature vectors with labels from a fixed rule: realistic sizes for timing, nothing more.</summary>
    private static List<RankingGroup> SyntheticGroups(int jobs, int perJob)
    {
        var random = new Random(3);
        return Enumerable.Range(0, jobs).Select(j =>
        {
            var features = new List<float[]>(perJob);
            var labels = new List<int>(perJob);
            for (var c = 0; c < perJob; c++)
            {
                var x = new float[Features.FeatureSchema.Count];
                for (var f = 0; f < x.Length; f++)
                {
                    x[f] = (float)random.NextDouble();
                }

                features.Add(x);
                labels.Add(Math.Clamp((int)(x[0] * 3 + x[1] * 2 - x[5] + random.NextDouble()), 0, 4));
            }

            return new RankingGroup($"job-{j}", features, labels);
        }).ToList();
    }
}
