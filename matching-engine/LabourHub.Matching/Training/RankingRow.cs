using Microsoft.ML.Data;

namespace LabourHub.Matching.Training;

/// <summary>One candidate for one job, as ML.NET's ranking trainers read it.</summary>
public sealed class RankingRow
{
    /// <summary>Graded outcome: 0 none, 1 shortlisted, 2 interviewed, 3 offered, 4 hired.</summary>
    public float Label { get; set; }

    /// <summary>
    /// The job the candidate was ranked for, as a key (1-based). Declared as a key type so unseen groups in test
    /// data are never folded into a "missing" key (see MACHINE_NOTES.md).
    /// </summary>
    [KeyType(int.MaxValue)]
    public uint GroupId { get; set; }

    [VectorType(15)]
    public float[] Features { get; set; } = [];
}
