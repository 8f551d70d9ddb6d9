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
    public static AuditResult Audit(string attribute, IReadOnlyList<string> groupsInRankedOrder, int topK) =>
        AuditMany(attribute, [groupsInRankedOrder], topK);

    /// <summary>
    /// The audit over many ranked lists (one per job: what each shortlist's first page shows), added up: a group's
    /// candidates, selected and exposure are summed over the lists before the rates and ratios are taken.
    /// </summary>
    /// <param name="rankedLists">For each list, each candidate's group, best-ranked first.</param>
    public static AuditResult AuditMany(string attribute, IEnumerable<IReadOnlyList<string>> rankedLists, int topK)
    {
        ArgumentNullException.ThrowIfNull(rankedLists);
        var sums = new Dictionary<string, (int Candidates, int Selected, double Exposure)>(StringComparer.Ordinal);
        foreach (var list in rankedLists)
        {
            for (var position = 0; position < list.Count; position++)
            {
                var (candidates, selected, exposure) = sums.GetValueOrDefault(list[position]);
                var shown = position < topK;
                sums[list[position]] = (candidates + 1, selected + (shown ? 1 : 0), exposure + (shown ? 1 / Math.Log2(position + 2) : 0));
            }
        }

        var figures = sums
            .Where(g => g.Value.Candidates >= MinimumGroupSize)
            .Select(g => new GroupFigures(g.Key, g.Value.Candidates, g.Value.Selected, g.Value.Selected / (double)g.Value.Candidates, g.Value.Exposure / g.Value.Candidates))
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
