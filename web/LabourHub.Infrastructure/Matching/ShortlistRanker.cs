using LabourHub.Application.Common;
using LabourHub.Application.Matching.Shortlist;
using LabourHub.Application.Reference;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Explanations;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// An employer's shortlist for one of its vacancies. The pool is only people the employer may see (applicants and
/// workers who chose to be discoverable); each goes through the eligibility rules; those eligible now are ranked and
/// explained, those eligible later are shown apart, the rest are only counted and never shown.
/// </summary>
public sealed class ShortlistRanker(LabourHubDbContext db, IReferenceCatalogue catalogue, Models.ServingRankerProvider serving, TimeProvider clock) : IShortlist
{
    public async Task<ShortlistResult?> RankAsync(Guid vacancyId, string callerUserId, int top, CancellationToken cancellationToken)
    {
        var id = new VacancyId(vacancyId);
        var mine = LabourHub.Application.Employers.CallerBusinesses.Of(db, callerUserId);
        var row = await (from v in db.Vacancies.AsNoTracking()
                         join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                         where v.Id == id && mine.Contains(e.Id)
                         select new { Vacancy = v, e.TurkishHeadcount, e.ForeignHeadcount }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var vacancy = row.Vacancy;
        var applicants = await db.Applications.AsNoTracking().Where(a => a.VacancyId == id).Select(a => a.WorkerId).ToListAsync(cancellationToken);
        var pool = await db.Workers.AsNoTracking().Where(w => applicants.Contains(w.Id) || w.Discoverable).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var wage = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today);
        var job = MatchingMapper.ToJob(vacancy);
        var extractor = MatchingReference.Extractor;
        var ranker = (await serving.GetAsync(cancellationToken)).Ranker;
        var language = CultureLanguage.Current;

        var now = new List<(Worker Worker, float[] Features, float Score)>();
        var later = new List<ShortlistCandidate>();
        var notEligible = 0;
        foreach (var worker in pool)
        {
            var decision = MatchingReference.Decide(worker, vacancy, row.TurkishHeadcount, row.ForeignHeadcount, wage?.NetMonthly, today);
            if (decision.Status == EligibilityStatus.NotEligible)
            {
                notEligible++;
                continue;
            }

            var features = new float[FeatureSchema.Count];
            extractor.Extract(job, MatchingMapper.ToCandidate(worker, decision.Status), today, features);
            if (decision.Status == EligibilityStatus.EligibleLater)
            {
                later.Add(Candidate(worker, applicants.Contains(worker.Id), [], vacancy, language, decision.EligibleFrom));
            }
            else
            {
                now.Add((worker, features, ranker.Score(features)));
            }
        }

        var explainer = new Explainer(ranker, Explainer.MedianOf(now.Select(n => n.Features).ToList()));
        var ranked = now.OrderByDescending(n => n.Score).Take(top)
            .Select(n => Candidate(n.Worker, applicants.Contains(n.Worker.Id),
                explainer.Explain(n.Features).Where(r => r.Contribution > 0).Select(r => r.Code).ToList(), vacancy, language, null))
            .ToList();
        return new ShortlistResult(vacancyId, vacancy.Title, ranked, later.OrderBy(l => l.EligibleFrom).Take(top).ToList(), notEligible);
    }

    private ShortlistCandidate Candidate(Worker worker, bool applied, IReadOnlyList<string> reasons, Vacancy vacancy, string language, DateOnly? eligibleFrom) => new(
        worker.Id.Value,
        applied,
        worker.OccupationCodes.Select(c => catalogue.OccupationTitle(c, language)).ToList(),
        worker.ExperienceYears,
        worker.Languages.Select(l => $"{l.LanguageCode}:{l.Level.Code}").ToList(),
        catalogue.ProvinceName(worker.RegisteredProvinceCode),
        reasons,
        vacancy.EssentialSkillUris.Count(s => !worker.SkillUris.Contains(s)),
        eligibleFrom);
}
