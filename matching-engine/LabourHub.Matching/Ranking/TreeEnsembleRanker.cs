using Microsoft.ML.Trainers.FastTree;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Evaluates a trained tree ensemble directly on a feature vector: a few array look-ups per tree, well under a
/// microsecond per candidate, instead of ML.NET's ~20 µs per row through an IDataView. Scores are identical to
/// ML.NET's (a test holds them to 1e-4).
/// </summary>
public sealed class TreeEnsembleRanker : IRanker
{
    private readonly Tree[] _trees;
    private readonly double _bias;

    public TreeEnsembleRanker(RegressionTreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        _bias = ensemble.Bias;
        _trees = ensemble.Trees.Select((tree, i) => new Tree(
            tree.LeftChild.ToArray(),
            tree.RightChild.ToArray(),
            tree.NumericalSplitFeatureIndexes.ToArray(),
            tree.NumericalSplitThresholds.ToArray(),
            tree.LeafValues.Select(v => v * ensemble.TreeWeights[i]).ToArray())).ToArray();
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f)))
        {
            throw new NotSupportedException("Categorical splits are not used by LabourHub's features.");
        }
    }

    public string Name => "model";

    public int TreeCount => _trees.Length;

    public float Score(ReadOnlySpan<float> features)
    {
        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Leaf(features);
        }

        return (float)score;
    }

    private sealed class Tree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
    {
        public double Leaf(ReadOnlySpan<float> x)
        {
            if (left.Length == 0)
            {
                return leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            }

            return leaves[~node];
        }
    }
}
