using LabourHub.Domain.Eligibility;
using LabourHub.Matching.Cli.DataSet;
using LabourHub.Matching.Explanations;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Cli;

/// <summary>
/// `score --data DIR --model FILE --vacancy ID`: the shortlist an employer would see. Only candidates who may
/// legally take the job now are ranked; those eligible later are listed apart with the date; the rest are counted.
/// </summary>
internal static class ScoreCommand
{
    public static async Task<int> RunAsync(string dataFolder, string modelPath, string vacancyId, int top, CancellationToken cancellationToken)
    {
        var data = MatchingDataSet.Load(dataFolder);
        var context = MatchingContext.Load(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var vacancy = data.Vacancies.FirstOrDefault(v => v.Profile.Id == vacancyId)
            ?? throw new ArgumentException($"No vacancy '{vacancyId}' in {dataFolder}/vacancies.csv.");
        var ranker = await ServingRanker.LoadAsync(modelPath, cancellationToken);
        var builder = new GroupBuilder(data, context.Extractor, context.Rules, context.MinimumWage);

        var now = new List<(WorkerRecord Worker, float[] Features)>();
        var later = new List<(string Id, DateOnly From)>();
        var notEligible = 0;
        foreach (var worker in data.Workers)
        {
            var decision = data.Eligibility(context.Rules, worker, vacancy, context.MinimumWage);
            switch (decision.Status)
            {
                case EligibilityStatus.EligibleNow:
                    now.Add((worker, builder.Features(vacancy, worker)));
                    break;
                case EligibilityStatus.EligibleLater:
                    later.Add((worker.Profile.Id, decision.EligibleFrom!.Value));
                    break;
                default:
                    notEligible++;
                    break;
            }
        }

        var explainer = new Explainer(ranker, Explainer.MedianOf(now.Take(1000).Select(c => c.Features).ToList()));
        var shortlist = now
            .Select(c => (c.Worker, c.Features, Score: ranker.Score(c.Features)))
            .OrderByDescending(c => c.Score)
            .Take(top)
            .Select(c => new
            {
                worker = c.Worker.Profile.Id,
                score = Math.Round(c.Score, 4),
                reasons = explainer.Explain(c.Features).Select(r => new { code = r.Code, contribution = Math.Round(r.Contribution, 3) }),
                missingEssentialSkills = vacancy.Profile.EssentialSkills.Where(s => !c.Worker.Profile.Skills.Contains(s)),
            });
        var report = new
        {
            vacancy = vacancyId,
            ranker = ranker.Name,
            eligibleNow = now.Count,
            eligibleLater = later.OrderBy(l => l.From).Take(top).Select(l => new { worker = l.Id, from = l.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            eligibleLaterCount = later.Count,
            notEligible,
            shortlist,
        };
        await JsonOutput.WriteAsync(report);
        return 0;
    }
}
