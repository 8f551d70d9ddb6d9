using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Ranks many candidates for one job and keeps the best k: features into one reused buffer, a score per candidate,
/// and a bounded min-heap, so 1,000,000 candidates need k entries of memory beyond the input.
/// </summary>
public sealed class TopCandidates(FeatureExtractor extractor, IRanker ranker)
{
    public IReadOnlyList<(CandidateProfile Candidate, float Score)> Rank(JobProfile job, IEnumerable<CandidateProfile> candidates, int k, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var heap = new PriorityQueue<CandidateProfile, float>(k + 1);
        Span<float> features = stackalloc float[FeatureSchema.Count];
        foreach (var candidate in candidates)
        {
            extractor.Extract(job, candidate, today, features);
            var score = ranker.Score(features);
            if (heap.Count < k)
            {
                heap.Enqueue(candidate, score);
            }
            else if (heap.TryPeek(out _, out var lowest) && score > lowest)
            {
                heap.DequeueEnqueue(candidate, score);
            }
        }

        var result = new List<(CandidateProfile, float)>(heap.Count);
        while (heap.TryDequeue(out var candidate, out var score))
        {
            result.Add((candidate, score));
        }

        result.Reverse();
        return result;
    }
}
