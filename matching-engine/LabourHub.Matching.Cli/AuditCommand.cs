using LabourHub.Domain.Eligibility;
using LabourHub.Matching.Cli.DataSet;
using LabourHub.Matching.Fairness;

namespace LabourHub.Matching.Cli;

/// <summary>
/// `audit --data DIR --model FILE [--top N]`: ranks the eligible candidates of every open vacancy and audits the top N
/// by nationality and by gender: per-vacancy four-fifths flags and pooled selection rates.
/// </summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(string dataFolder, string modelPath, int top, CancellationToken cancellationToken)
    {
        var data = MatchingDataSet.Load(dataFolder);
        var context = MatchingContext.Load(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var ranker = await ServingRanker.LoadAsync(modelPath, cancellationToken);
        var builder = new GroupBuilder(data, context.Extractor, context.Rules, context.MinimumWage);
        var attributes = new (string Name, Func<WorkerRecord, string> Group)[] { ("nationality", w => w.Nationality), ("gender", w => w.Gender) };
        var perVacancy = attributes.ToDictionary(a => a.Name, _ => new List<AuditResult>());
        var pooled = attributes.ToDictionary(a => a.Name, _ => new Dictionary<string, (int Candidates, int Selected)>());

        foreach (var vacancy in data.Vacancies.Where(v => v.Status == "Open"))
        {
            var ranked = data.Workers
                .Where(w => data.Eligibility(context.Rules, w, vacancy, context.MinimumWage).Status == EligibilityStatus.EligibleNow)
                .Select(w => (Worker: w, Score: ranker.Score(builder.Features(vacancy, w))))
                .OrderByDescending(x => x.Score)
                .Select(x => x.Worker)
                .ToList();
            foreach (var (name, group) in attributes)
            {
                var groups = ranked.Select(group).ToList();
                perVacancy[name].Add(FairnessAudit.Audit(name, groups, top));
                for (var i = 0; i < groups.Count; i++)
                {
                    var (candidates, selected) = pooled[name].GetValueOrDefault(groups[i]);
                    pooled[name][groups[i]] = (candidates + 1, selected + (i < top ? 1 : 0));
                }
            }
        }

        var report = attributes.ToDictionary(a => a.Name, a =>
        {
            var audits = perVacancy[a.Name].Where(r => r.Groups.Count >= 2).ToList();
            var rates = pooled[a.Name].Where(g => g.Value.Candidates >= FairnessAudit.MinimumGroupSize)
                .ToDictionary(g => g.Key, g => Math.Round(g.Value.Selected / (double)g.Value.Candidates, 4));
            var ratio = rates.Count < 2 || rates.Values.Max() == 0 ? 1 : rates.Values.Min() / rates.Values.Max();
            return (object)new
            {
                vacanciesAudited = audits.Count,
                vacanciesFlagged = audits.Count(r => r.Flagged),
                pooledSelectionRates = rates,
                pooledSelectionRateRatio = Math.Round(ratio, 4),
                pooledFlagged = ratio < AuditResult.FourFifths,
            };
        });
        await JsonOutput.WriteAsync(new { ranker = ranker.Name, top, audit = report });
        return 0;
    }
}
