namespace LabourHub.Application.Matching.Models;

/// <summary>
/// The fairness audit of one version on its held-out jobs, for one attribute (nationality or gender): the lowest
/// group's selection rate and exposure over the highest group's, in the first page of each job's ranking, for the
/// model and for the baseline. Under four fifths is flagged.
/// </summary>
public sealed record FairnessView(string Attribute, double ModelSelection, double ModelExposure, double BaselineSelection, double BaselineExposure)
{
    public const double FourFifths = 0.8;

    public static bool Flagged(double ratio) => ratio < FourFifths - 1e-9;
}
