using Microsoft.ML.Trainers.FastTree;

namespace LabourHub.Matching.Ranking;

/// <summary>
/// Evaluates a trained tree ensemble directly on a feature vector, instead of ML.NET's ~10-20 µs per row through an
/// IDataView. All trees live in flat arrays (one cache-friendly block, no per-tree objects): an internal node i of
/// tree t is at <c>_nodeStart[t] + i</c>; a negative child ~k is leaf k of that tree at <c>_leafStart[t] + k</c>.
/// Scores are identical to ML.NET's (a test holds them to 1e-4).
/// </summary>
public sealed class TreeEnsembleRanker : IRanker
{
    private readonly int[] _nodeStart;
    private readonly int[] _leafStart;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly double[] _leafValue;
    private readonly double _bias;

    public TreeEnsembleRanker(RegressionTreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f)))
        {
            throw new NotSupportedException("Categorical splits are not used by LabourHub's features.");
        }

        _bias = ensemble.Bias;
        var trees = ensemble.Trees;
        _nodeStart = new int[trees.Count];
        _leafStart = new int[trees.Count];
        var left = new List<int>();
        var right = new List<int>();
        var feature = new List<int>();
        var threshold = new List<float>();
        var leaves = new List<double>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            _nodeStart[t] = left.Count;
            _leafStart[t] = leaves.Count;
            left.AddRange(tree.LeftChild);
            right.AddRange(tree.RightChild);
            feature.AddRange(tree.NumericalSplitFeatureIndexes);
            threshold.AddRange(tree.NumericalSplitThresholds);
            leaves.AddRange(tree.LeafValues.Select(v => v * ensemble.TreeWeights[t]));
        }

        _left = [.. left];
        _right = [.. right];
        _feature = [.. feature];
        _threshold = [.. threshold];
        _leafValue = [.. leaves];
        TreeCount = trees.Count;
        _treeHasNodes = trees.Select(t => t.LeftChild.Count > 0).ToArray();
    }

    private readonly bool[] _treeHasNodes;

    public string Name => "model";

    public int TreeCount { get; }

    public float Score(ReadOnlySpan<float> features)
    {
        var score = _bias;
        var left = _left;
        var right = _right;
        var feature = _feature;
        var threshold = _threshold;
        for (var t = 0; t < _nodeStart.Length; t++)
        {
            if (!_treeHasNodes[t])
            {
                score += _leafValue[_leafStart[t]];
                continue;
            }

            var offset = _nodeStart[t];
            var node = 0;
            while (node >= 0)
            {
                var at = offset + node;
                node = features[feature[at]] <= threshold[at] ? left[at] : right[at];
            }

            score += _leafValue[_leafStart[t] + ~node];
        }

        return (float)score;
    }
}
