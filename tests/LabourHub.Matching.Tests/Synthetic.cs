using LabourHub.Matching.Features;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Tests;

/// <summary>Small synthetic ranking data whose labels follow a known rule, so a learner has something to find.</summary>
internal static class Synthetic
{
    public static List<RankingGroup> Groups(int jobs, int candidatesPerJob, int seed)
    {
        var random = new Random(seed);
        var groups = new List<RankingGroup>();
        for (var j = 0; j < jobs; j++)
        {
            var features = new List<float[]>();
            var labels = new List<int>();
            for (var c = 0; c < candidatesPerJob; c++)
            {
                var x = new float[FeatureSchema.Count];
                for (var f = 0; f < x.Length; f++)
                {
                    x[f] = (float)random.NextDouble();
                }

                // Hidden rule: skills matter only past a threshold, and distance hurts.
                var utility = (x[FeatureSchema.EssentialSkillCoverage] > 0.6 ? 2 : 0) + x[FeatureSchema.OccupationProximity] - x[FeatureSchema.DistanceHundredsKm];
                features.Add(x);
                labels.Add(Math.Clamp((int)Math.Round(utility * 1.5 + (random.NextDouble() - 0.5)), 0, 4));
            }

            groups.Add(new RankingGroup($"job-{j}", features, labels));
        }

        return groups;
    }
}
