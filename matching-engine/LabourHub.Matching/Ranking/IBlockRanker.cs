namespace LabourHub.Matching.Ranking;

/// <summary>
/// A ranker that scores a whole block of rows at once, stored column-major (feature f of row r at
/// <c>columns[f * stride + r]</c>), with exactly the scores <see cref="IRanker.Score"/> gives row by row.
/// </summary>
public interface IBlockRanker : IRanker
{
    void ScoreBlock(ReadOnlySpan<float> columns, int stride, int rows, Span<float> scores);
}
