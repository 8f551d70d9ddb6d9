namespace LabourHub.Matching.Inputs;

/// <summary>A dense province × province distance matrix; unknown pairs count as far away.</summary>
public sealed class DistanceTable : IDistanceTable
{
    private const int Unknown = 1500;
    private readonly int[,] _km;

    public DistanceTable(IEnumerable<(int From, int To, int Kilometres)> rows, int provinces = 81)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _km = new int[provinces + 1, provinces + 1];
        for (var i = 0; i <= provinces; i++)
        {
            for (var j = 0; j <= provinces; j++)
            {
                _km[i, j] = i == j ? 0 : Unknown;
            }
        }

        foreach (var (from, to, km) in rows)
        {
            if (from > 0 && from <= provinces && to > 0 && to <= provinces)
            {
                _km[from, to] = km;
            }
        }
    }

    public int Kilometres(int fromProvince, int toProvince) =>
        (uint)fromProvince < (uint)_km.GetLength(0) && (uint)toProvince < (uint)_km.GetLength(1) ? _km[fromProvince, toProvince] : Unknown;
}
