using LabourHub.Application.Common;
using LabourHub.Application.Matching.JobsForWorker;
using LabourHub.Application.Reference;
using LabourHub.Application.Vacancies;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Explanations;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// "Jobs for you": every open vacancy goes through the domain's eligibility rules first; those the person may take
/// now are ranked by the serving ranker (the promoted model, or the transparent baseline) and
/// explained; those they may take later are listed apart with the date; the rest are only counted.
/// </summary>
public sealed class JobsForWorkerRanker(LabourHubDbContext db, IReferenceCatalogue catalogue, Models.ServingRankerProvider serving, TimeProvider clock) : IJobsForWorker
{
    public async Task<JobsForWorkerResult> RankAsync(string userId, int top, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        if (worker is null)
        {
            return new JobsForWorkerResult(false, [], [], 0, null);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var wage = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today);
        var open = await (from v in db.Vacancies.AsNoTracking()
                          join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                          where v.Status == VacancyStatus.Open
                          select new { Vacancy = v, e.Name, e.TurkishHeadcount, e.ForeignHeadcount }).ToListAsync(cancellationToken);

        var extractor = MatchingReference.Extractor;
        var ranker = (await serving.GetAsync(cancellationToken)).Ranker;
        var language = CultureLanguage.Current;
        var now = new List<(RankedJob Job, float Score, float[] Features)>();
        var later = new List<RankedJob>();
        var blocked = new List<string>();
        var vectors = new List<float[]>();
        foreach (var row in open)
        {
            var decision = MatchingReference.Decide(worker, row.Vacancy, row.TurkishHeadcount, row.ForeignHeadcount, wage?.NetMonthly, today);
            if (decision.Status == EligibilityStatus.NotEligible)
            {
                blocked.AddRange(decision.Blocking.Select(b => b.Code));
                continue;
            }

            var features = new float[FeatureSchema.Count];
            extractor.Extract(MatchingMapper.ToJob(row.Vacancy), MatchingMapper.ToCandidate(worker, decision.Status), today, features);
            vectors.Add(features);
            var summary = VacancyMappingFor(row.Vacancy, row.Name, language);
            var conditions = decision.Conditions.Select(c => c.Code).ToList();
            if (decision.Status == EligibilityStatus.EligibleLater)
            {
                later.Add(new RankedJob(summary, [], [], decision.EligibleFrom, conditions));
            }
            else
            {
                now.Add((new RankedJob(summary, [], Missing(worker, row.Vacancy), null, conditions), ranker.Score(features), features));
            }
        }

        var explainer = new Explainer(ranker, Explainer.MedianOf(vectors));
        var ranked = now.OrderByDescending(j => j.Score).Take(top)
            .Select(j => j.Job with { Reasons = explainer.Explain(j.Features).Where(r => r.Contribution > 0).Select(r => r.Code).ToList() })
            .ToList();
        var skillLabels = await SkillLabelsAsync(ranked.SelectMany(j => j.MissingEssentialSkills).Distinct().ToList(), cancellationToken);
        ranked = ranked.Select(j => j with { MissingEssentialSkills = j.MissingEssentialSkills.Select(u => skillLabels.GetValueOrDefault(u, u)).ToList() }).ToList();
        var mainRule = blocked.GroupBy(b => b).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return new JobsForWorkerResult(true, ranked, later.OrderBy(j => j.EligibleFrom).Take(top).ToList(), open.Count - now.Count - later.Count, mainRule);
    }

    private VacancySummary VacancyMappingFor(Vacancy v, string employer, string language) => new(
        v.Id.Value, v.Title, employer, v.ProvinceCode, catalogue.ProvinceName(v.ProvinceCode), v.District, v.IscoCode,
        catalogue.OccupationTitle(v.IscoCode, language), v.WageMin.Lira, v.WageMax.Lira, v.Positions, v.Shift.ToString(), v.PostedAt);

    private static List<string> Missing(Worker worker, Vacancy vacancy) =>
        vacancy.EssentialSkillUris.Where(s => !worker.SkillUris.Contains(s)).ToList();

    private async Task<Dictionary<string, string>> SkillLabelsAsync(List<string> uris, CancellationToken cancellationToken) =>
        await db.EscoSkills.AsNoTracking().Where(s => uris.Contains(s.Uri)).ToDictionaryAsync(s => s.Uri, s => s.PreferredLabel, cancellationToken);
}
