using LabourHub.Application.CaseWork;
using LabourHub.Application.Matching.NeedLineCandidates;
using LabourHub.Application.Reports;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Domain.Workflow;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Explanations;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// Candidates for one line of a labour-needs assessment. The pool is every worker with an occupation in the line's
/// ISCO sub-major group (same first two digits), living in the assessment's province or willing to move, and not
/// already in registered work. Each goes through the domain's
/// eligibility rules for such a job in the assessment's province on the first day of the period (or today, when later),
/// without the workplace quota, which is an employer's rule. Analysts get counts only, suppressed under ten; case
/// workers get their own assigned workers (who agreed to their help), those eligible now ranked by the serving ranker
/// with reasons. "Well matched": eligible now and an occupation in the line's ISCO minor group (first three digits).
/// </summary>
public sealed class NeedLineRanker(LabourHubDbContext db, Models.ServingRankerProvider serving, TimeProvider clock) : INeedLineCandidates
{
    /// <summary>How many other eligible workers give the "typical candidate" the reasons are measured against.</summary>
    public const int ReferenceSample = 200;

    private const int NoWorkplaceQuota = 1_000_000;

    private static readonly PlacementStatus[] Employing =
        [PlacementStatus.ContractSigned, PlacementStatus.PermitFiled, PlacementStatus.PermitGranted, PlacementStatus.SgkNoticeFiled, PlacementStatus.Active];

    public async Task<NeedLineCounts?> CountsAsync(Guid assessmentId, int lineNumber, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(assessmentId, lineNumber, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var (summary, decide, pool, line) = context.Value;
        int now = 0, later = 0, not = 0, well = 0;
        foreach (var w in pool)
        {
            switch (decide(w).Status)
            {
                case EligibilityStatus.EligibleNow:
                    now++;
                    well += WellMatched(w.OccupationCodes, line.IscoCode) ? 1 : 0;
                    break;
                case EligibilityStatus.EligibleLater:
                    later++;
                    break;
                default:
                    not++;
                    break;
            }
        }

        return new NeedLineCounts(summary, Suppression.Count(now), Suppression.Count(later), Suppression.Count(not), Suppression.Count(well));
    }

    public async Task<NeedLinePeople?> PeopleAsync(Guid assessmentId, int lineNumber, string caseWorkerUserId, int top, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(assessmentId, lineNumber, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var (summary, decide, pool, line) = context.Value;
        var assigned = (await db.CaseAssignments.AsNoTracking().Where(c => c.CaseWorkerUserId == caseWorkerUserId)
            .Select(c => c.WorkerId).ToListAsync(cancellationToken)).ToHashSet();
        var mine = new List<WorkerId>();
        foreach (var w in pool.Where(w => assigned.Contains(w.Id)))
        {
            if (await CaseWorkerAccess.MayReadAsync(db, caseWorkerUserId, w.Id, cancellationToken))
            {
                mine.Add(w.Id);
            }
        }

        var reference = pool.Where(w => !assigned.Contains(w.Id) && decide(w).IsEligibleNow).Take(ReferenceSample).Select(w => w.Id);
        var workers = await LoadAsync(mine.Concat(reference).ToList(), cancellationToken);
        var job = ToJob(summary, line, OnDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), summary.PeriodStart));
        var extractor = MatchingReference.Extractor;
        var served = await serving.GetAsync(cancellationToken);
        var ranker = served.Ranker;
        var vectors = new Dictionary<WorkerId, float[]>();
        foreach (var (id, worker) in workers)
        {
            var decision = decide(Facts(worker));
            if (decision.IsEligibleNow)
            {
                var vector = new float[FeatureSchema.Count];
                extractor.Extract(job, MatchingMapper.ToCandidate(worker, decision.Status), job.StartsOn, vector);
                vectors[id] = vector;
            }
        }

        var explainer = new Explainer(ranker, Explainer.MedianOf(vectors.Values.ToList()));
        var now = new List<(NeedLinePerson Person, float Score)>();
        var later = new List<NeedLinePerson>();
        var notEligible = new List<NeedLinePerson>();
        foreach (var id in mine)
        {
            var worker = workers[id];
            var decision = decide(Facts(worker));
            var missing = line.RequiredSkillUris.Count(s => !worker.SkillUris.Contains(s));
            var well = WellMatched(worker.OccupationCodes, line.IscoCode);
            switch (decision.Status)
            {
                case EligibilityStatus.EligibleNow:
                    var vector = vectors[id];
                    var reasons = explainer.Explain(vector).Where(r => r.Contribution > 0).Select(r => r.Code).ToList();
                    now.Add((Person(worker, well, reasons, missing, null, null), ranker.Score(vector)));
                    break;
                case EligibilityStatus.EligibleLater:
                    later.Add(Person(worker, well, [], missing, decision.EligibleFrom, null));
                    break;
                default:
                    notEligible.Add(Person(worker, well, [], missing, null, decision.Blocking.Select(b => b.Code).FirstOrDefault()));
                    break;
            }
        }

        return new NeedLinePeople(
            summary,
            served.IsModel ? "model" : "baseline",
            now.OrderByDescending(n => n.Score).ThenBy(n => n.Person.WorkerId).Take(top).Select(n => n.Person).ToList(),
            later.OrderBy(p => p.EligibleFrom).Take(top).ToList(),
            notEligible.OrderBy(p => p.DisplayName, StringComparer.Ordinal).Take(top).ToList());
    }

    private static NeedLinePerson Person(Worker w, bool well, IReadOnlyList<string> reasons, int missing, DateOnly? from, string? blocking) =>
        new(w.Id.Value, w.DisplayName, w.RegisteredProvinceCode, w.OccupationCodes, well, reasons, missing, from, blocking);

    private static bool WellMatched(IReadOnlyList<string> codes, string isco) =>
        codes.Any(c => c.Length >= 3 && isco.Length >= 3 && string.CompareOrdinal(c, 0, isco, 0, 3) == 0);

    private static JobProfile ToJob(NeedLineSummary summary, NeedLine line, DateOnly startsOn) => new()
    {
        Id = $"{summary.AssessmentId}/{summary.LineNumber}",
        IscoCode = line.IscoCode,
        EssentialSkills = line.RequiredSkillUris,
        Languages = line.LanguageCodes.ToDictionary(l => l, _ => CefrLevel.A2.Rank),
        ProvinceCode = summary.ProvinceCode,
        WageMinKurus = line.WageMin.Kurus,
        WageMaxKurus = line.WageMax.Kurus,
        StartsOn = startsOn,
    };

    private static DateOnly OnDate(DateOnly today, DateOnly periodStart) => today > periodStart ? today : periodStart;

    private static PoolWorker Facts(Worker w) =>
        new(w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.WillingToRelocate);

    private async Task<(NeedLineSummary Summary, Func<PoolWorker, EligibilityDecision> Decide, List<PoolWorker> Pool, NeedLine Line)?> ContextAsync(
        Guid assessmentId, int lineNumber, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == new AssessmentId(assessmentId), cancellationToken);
        if (assessment is null || lineNumber < 1 || lineNumber > assessment.Lines.Count)
        {
            return null;
        }

        var line = assessment.Lines[lineNumber - 1];
        var summary = new NeedLineSummary(assessment.Id.Value, lineNumber, assessment.Title, line.IscoCode, assessment.ProvinceCode, assessment.NaceSection,
            line.NeededCount, assessment.PeriodStart, assessment.PeriodEnd);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var onDate = OnDate(today, assessment.PeriodStart);
        var minimum = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), onDate)?.NetMonthly;
        var wage = line.WageMin == Money.Zero && minimum is { } m ? m : line.WageMin;
        var rules = MatchingReference.EligibilityRules;
        EligibilityDecision Decide(PoolWorker w) => rules.Decide(new EligibilityCase
        {
            ProtectionStatus = w.ProtectionStatus,
            ProtectionRegisteredOn = w.ProtectionRegisteredOn,
            RegisteredProvinceCode = w.RegisteredProvinceCode,
            VacancyIscoCode = line.IscoCode,
            VacancyProvinceCode = assessment.ProvinceCode,
            SeasonalAgriculture = assessment.NaceSection == "A",
            WageMin = wage,
            MinimumWage = minimum,
            EmployerTurkishHeadcount = NoWorkplaceQuota,
            EmployerTemporaryProtectionWorkers = 0,
            OnDate = onDate,
        });

        var employed = (await db.Placements.AsNoTracking().Where(p => Employing.Contains(p.Status)).Select(p => p.WorkerId).ToListAsync(cancellationToken)).ToHashSet();
        var family = line.IscoCode[..Math.Min(2, line.IscoCode.Length)];
        var all = await db.Workers.AsNoTracking()
            .Select(w => new { w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.WillingToRelocate })
            .ToListAsync(cancellationToken);
        var pool = all
            .Where(w => !employed.Contains(w.Id)
                && (w.RegisteredProvinceCode == assessment.ProvinceCode || w.WillingToRelocate)
                && w.OccupationCodes.Any(c => c.StartsWith(family, StringComparison.Ordinal)))
            .Select(w => new PoolWorker(w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.WillingToRelocate))
            .OrderBy(w => w.Id.Value)
            .ToList();
        return (summary, Decide, pool, line);
    }

    private async Task<Dictionary<WorkerId, Worker>> LoadAsync(List<WorkerId> ids, CancellationToken cancellationToken)
    {
        var workers = new Dictionary<WorkerId, Worker>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var w in await db.Workers.AsNoTracking().Where(w => chunk.Contains(w.Id)).ToListAsync(cancellationToken))
            {
                workers[w.Id] = w;
            }
        }

        return workers;
    }

    private sealed record PoolWorker(WorkerId Id, ProtectionStatus ProtectionStatus, DateOnly? ProtectionRegisteredOn, int RegisteredProvinceCode, IReadOnlyList<string> OccupationCodes, bool WillingToRelocate);
}
