namespace LabourHub.Matching.Fairness;

/// <summary>
/// Disparate-impact audit of a ranking. Group labels (nationality, gender) come from outside the engine and never
/// enter the features. Groups smaller than <see cref="MinimumGroupSize"/> are left out of the ratios: their rates
/// swing on one person, and reporting them would expose individuals.
/// </summary>
public static class FairnessAudit
{
    public const int MinimumGroupSize = 10;

    /// <param name="attribute">What the groups are ("nationality", "gender").</param>
    /// <param name="groupsInRankedOrder">Each candidate's group, best-ranked first.</param>
    /// <param name="topK">How many are "selected" (shown on the first page of a shortlist).</param>
    public static AuditResult Audit(string attribute, IReadOnlyList<string> groupsInRankedOrder, int topK)
    {
        ArgumentNullException.ThrowIfNull(groupsInRankedOrder);
        var figures = groupsInRankedOrder
            .Select((group, position) => (Group: group, Position: position))
            .GroupBy(x => x.Group)
            .Where(g => g.Count() >= MinimumGroupSize)
            .Select(g =>
            {
                var candidates = g.Count();
                var selected = g.Count(x => x.Position < topK);
                var exposure = g.Where(x => x.Position < topK).Sum(x => 1 / Math.Log2(x.Position + 2));
                return new GroupFigures(g.Key, candidates, selected, selected / (double)candidates, exposure / candidates);
            })
            .OrderBy(f => f.Group, StringComparer.Ordinal)
            .ToList();

        return new AuditResult(attribute, topK, figures, Ratio(figures.Select(f => f.SelectionRate)), Ratio(figures.Select(f => f.ExposurePerCandidate)));
    }

    private static double Ratio(IEnumerable<double> rates)
    {
        var list = rates.ToList();
        if (list.Count < 2)
        {
            return 1;
        }

        var max = list.Max();
        return max == 0 ? 1 : list.Min() / max;
    }
}
