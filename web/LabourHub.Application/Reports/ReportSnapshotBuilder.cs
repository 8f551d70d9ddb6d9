using System.Diagnostics;
using LabourHub.Application.Common;
using LabourHub.Application.Reports.Supply;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Assessments;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Reports;

/// <summary>
/// Computes every dashboard figure in one pass over the database: workers are read once as small projections, so
/// a million of them fit in a few hundred megabytes for the few seconds the computation takes.
/// </summary>
public sealed class ReportSnapshotBuilder(ILabourHubDbContext db, SupplyRules supplyRules, IOutcomeFairnessAudit fairness, TimeProvider clock)
{
    public const int TrendMonths = 12;

    /// <summary>A worker in these stages is in (or on the way into) registered employment and not available.</summary>
    internal static readonly PlacementStatus[] Employing =
        [PlacementStatus.ContractSigned, PlacementStatus.PermitFiled, PlacementStatus.PermitGranted, PlacementStatus.SgkNoticeFiled, PlacementStatus.Active];

    public async Task<ReportSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var employed = (await db.Placements.AsNoTracking().Where(p => Employing.Contains(p.Status)).Select(p => p.WorkerId).ToListAsync(cancellationToken)).ToHashSet();
        var workers = new List<WorkerSupplyFacts>();
        var labels = new Dictionary<Domain.Identifiers.WorkerId, (string Nationality, string Gender)>();
        var interned = new Dictionary<(string, string), (string, string)>();
        (string, string) Label(string nationality, string gender) =>
            interned.TryGetValue((nationality, gender), out var label) ? label : interned[(nationality, gender)] = (nationality, gender);
        var registeredByProvince = new Dictionary<int, int>();
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-(TrendMonths - 1));
        var registrations = new int[TrendMonths];
        await foreach (var w in db.Workers.AsNoTracking()
                           .Select(w => new { w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.AvailableFrom, w.WillingToRelocate, w.RegisteredAt, w.NationalityCode, w.Gender })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Group labels for the fairness audit, kept by worker (interned: a few dozen distinct values).
            labels[w.Id] = Label(w.NationalityCode, w.Gender.ToString());
            workers.Add(new WorkerSupplyFacts(w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn, w.RegisteredProvinceCode, w.OccupationCodes, w.AvailableFrom, w.WillingToRelocate, employed.Contains(w.Id)));
            registeredByProvince[w.RegisteredProvinceCode] = registeredByProvince.GetValueOrDefault(w.RegisteredProvinceCode) + 1;
            AddToMonth(registrations, firstMonth, DateOnly.FromDateTime(w.RegisteredAt.UtcDateTime));
        }

        var minimum = MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), today)?.NetMonthly;
        var assessments = await db.Assessments.AsNoTracking().OrderBy(a => a.ProvinceCode).ThenBy(a => a.PeriodStart).ToListAsync(cancellationToken);
        var (lines, groups) = Supply(assessments, workers, minimum, today);

        var vacancies = await db.Vacancies.AsNoTracking()
            .Select(v => new { v.Id, v.ProvinceCode, v.Status, v.Positions, v.PostedAt, v.EmployerId })
            .ToListAsync(cancellationToken);
        var posted = new int[TrendMonths];
        foreach (var v in vacancies)
        {
            AddToMonth(posted, firstMonth, DateOnly.FromDateTime(v.PostedAt.UtcDateTime));
        }

        var placements = await db.Placements.AsNoTracking()
            .Select(p => new { p.VacancyId, p.EmployerId, p.Status, p.StartedOn, p.OfferedOn, p.AnsweredOn, p.WorkerSignedOn, p.PermitValidFrom, p.SgkFiledOn })
            .ToListAsync(cancellationToken);
        var started = new int[TrendMonths];
        foreach (var p in placements.Where(p => p.StartedOn is not null))
        {
            AddToMonth(started, firstMonth, p.StartedOn!.Value);
        }

        var trends = Enumerable.Range(0, TrendMonths)
            .Select(i => new TrendPoint(firstMonth.AddMonths(i), Suppression.Count(registrations[i]), posted[i], Suppression.Count(started[i])))
            .ToList();

        var open = vacancies.Where(v => v.Status == VacancyStatus.Open).GroupBy(v => v.ProvinceCode)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Positions: g.Sum(v => v.Positions)));
        var provinceGroups = groups.Where(g => g.NaceSection is null).ToDictionary(g => g.ProvinceCode);
        var provinces = Enumerable.Range(1, 81).Select(code =>
        {
            var group = provinceGroups.GetValueOrDefault(code);
            var (count, positions) = open.GetValueOrDefault(code);
            return new ProvinceRow(code, Suppression.Count(registeredByProvince.GetValueOrDefault(code)), count, positions,
                group?.Needed ?? 0, group?.Supply ?? Suppression.Count(0), group?.Index);
        }).ToList();

        var sectors = await db.Employers.AsNoTracking().Select(e => new { e.Id, e.NaceSection }).ToDictionaryAsync(e => e.Id, e => e.NaceSection, cancellationToken);
        var postedAt = vacancies.ToDictionary(v => v.Id, v => DateOnly.FromDateTime(v.PostedAt.UtcDateTime));
        var fills = placements.Where(p => p.StartedOn is not null && postedAt.ContainsKey(p.VacancyId))
            .Select(p => (Sector: sectors.GetValueOrDefault(p.EmployerId) ?? "?", Days: p.StartedOn!.Value.DayNumber - postedAt[p.VacancyId].DayNumber))
            .ToList();
        var timeToFill = new List<TimeToFillRow> { Fill(null, fills.Select(f => f.Days).ToList()) };
        timeToFill.AddRange(fills.GroupBy(f => f.Sector).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Fill(g.Key, g.Select(f => f.Days).ToList())));

        // Applications read as (worker, status) only and counted against the labels above: joining millions of rows
        // in the database costs far more than this scan.
        var counts = new Dictionary<(ApplicationStatus Status, string NationalityCode, string Gender), int>();
        await foreach (var a in db.Applications.AsNoTracking().Select(a => new { a.WorkerId, a.Status }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (labels.TryGetValue(a.WorkerId, out var label))
            {
                var key = (a.Status, label.Nationality, label.Gender);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var applications = counts.Select(c => new { c.Key.Status, c.Key.NationalityCode, c.Key.Gender, Count = c.Value }).ToList();
        var funnel = Funnel(applications.Select(a => (a.Status, a.Count)).ToList(), placements.Select(p => p.Status).ToList());
        var outcomes = new List<ApplicantOutcome>(applications.Sum(a => a.Status == ApplicationStatus.Withdrawn ? 0 : a.Count));
        foreach (var a in applications.Where(a => a.Status != ApplicationStatus.Withdrawn))
        {
            var outcome = new ApplicantOutcome(a.NationalityCode, a.Gender, a.Status is ApplicationStatus.Shortlisted or ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired);
            outcomes.AddRange(Enumerable.Repeat(outcome, a.Count));
        }

        var audit = fairness.Audit(outcomes);

        return new ReportSnapshot(now, watch.Elapsed, lines, groups, provinces, trends, funnel, timeToFill, audit);
    }

    private (List<SupplyRow> Lines, List<SupplyGroup> Groups) Supply(IReadOnlyList<LabourNeedsAssessment> assessments, List<WorkerSupplyFacts> workers, Domain.ValueObjects.Money? minimum, DateOnly today)
    {
        // Workers indexed by every wanted prefix of their occupation codes and by province, plus the ones willing to
        // move, so a line looks only at people in its occupation who are in its province or would come.
        var here = new Dictionary<(string, int), List<int>>();
        var movers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wanted = assessments.SelectMany(a => a.Lines).Select(l => l.IscoCode).ToHashSet(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workers.Count; i++)
        {
            prefixes.Clear();
            foreach (var code in workers[i].OccupationCodes)
            {
                for (var n = 1; n <= code.Length; n++)
                {
                    var prefix = code[..n];
                    if (wanted.Contains(prefix) && prefixes.Add(prefix))
                    {
                        var key = (prefix, workers[i].ProvinceCode);
                        (here.TryGetValue(key, out var list) ? list : here[key] = []).Add(i);
                        if (workers[i].WillingToRelocate)
                        {
                            (movers.TryGetValue(prefix, out var moving) ? moving : movers[prefix] = []).Add(i);
                        }
                    }
                }
            }
        }

        var rows = new List<SupplyRow>();
        var sets = new Dictionary<(int, string?, string?), (int Needed, HashSet<int> People)>();
        void AddTo((int, string?, string?) key, int needed, IEnumerable<int> people)
        {
            var entry = sets.TryGetValue(key, out var e) ? e : (Needed: 0, People: new HashSet<int>());
            entry.People.UnionWith(people);
            sets[key] = (entry.Needed + needed, entry.People);
        }

        foreach (var assessment in assessments)
        {
            for (var n = 0; n < assessment.Lines.Count; n++)
            {
                var line = assessment.Lines[n];
                var test = supplyRules.For(assessment, line, minimum, today);
                var people = here.GetValueOrDefault((line.IscoCode, assessment.ProvinceCode), [])
                    .Concat(movers.GetValueOrDefault(line.IscoCode, []).Where(i => workers[i].ProvinceCode != assessment.ProvinceCode))
                    .Where(i => test(workers[i])).ToList();
                var supply = Suppression.Count(people.Count);
                rows.Add(new SupplyRow(assessment.Id.Value, n + 1, assessment.Title, assessment.PeriodStart, assessment.PeriodEnd, assessment.ProvinceCode,
                    assessment.NaceSection, line.IscoCode, line.NeededCount, supply, Suppression.Derived(supply, people.Count / (double)line.NeededCount)));
                AddTo((assessment.ProvinceCode, null, null), line.NeededCount, people);
                AddTo((assessment.ProvinceCode, assessment.NaceSection, null), line.NeededCount, people);
                AddTo((assessment.ProvinceCode, assessment.NaceSection, line.IscoCode), line.NeededCount, people);
            }
        }

        var groups = sets.Select(s =>
            {
                var supply = Suppression.Count(s.Value.People.Count);
                return new SupplyGroup(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value.Needed, supply, Suppression.Derived(supply, s.Value.People.Count / (double)s.Value.Needed));
            })
            .OrderBy(g => g.ProvinceCode).ThenBy(g => g.NaceSection, StringComparer.Ordinal).ThenBy(g => g.IscoCode, StringComparer.Ordinal)
            .ToList();
        return (rows, groups);
    }

    private static IReadOnlyList<FunnelStage> Funnel(IReadOnlyList<(ApplicationStatus Status, int Count)> applications, IReadOnlyList<PlacementStatus> placements)
    {
        static bool Reached(PlacementStatus status, PlacementStatus stage) =>
            status switch
            {
                PlacementStatus.Declined or PlacementStatus.Expired or PlacementStatus.Withdrawn => false,
                PlacementStatus.PermitRefused => stage <= PlacementStatus.PermitFiled,
                _ => status >= stage,
            };
        int Applications(Func<ApplicationStatus, bool> at) => applications.Where(a => at(a.Status)).Sum(a => a.Count);

        return
        [
            new("applied", Suppression.Count(Applications(_ => true))),
            new("shortlisted", Suppression.Count(Applications(a => a is ApplicationStatus.Shortlisted or ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired))),
            new("interview", Suppression.Count(Applications(a => a is ApplicationStatus.Interview or ApplicationStatus.Offered or ApplicationStatus.Hired))),
            new("offered", Suppression.Count(placements.Count)),
            new("accepted", Suppression.Count(placements.Count(p => Reached(p, PlacementStatus.Accepted)))),
            new("contract_signed", Suppression.Count(placements.Count(p => Reached(p, PlacementStatus.ContractSigned)))),
            new("permit_filed", Suppression.Count(placements.Count(p => Reached(p, PlacementStatus.PermitFiled)))),
            new("registered_employment", Suppression.Count(placements.Count(p => p is PlacementStatus.Active or PlacementStatus.Ended))),
        ];
    }

    private static TimeToFillRow Fill(string? sector, List<int> days)
    {
        var count = Suppression.Count(days.Count);
        if (count.Suppressed)
        {
            return new TimeToFillRow(sector, count, null, null);
        }

        days.Sort();
        var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0;
        return new TimeToFillRow(sector, count, median, days.Average());
    }

    private static void AddToMonth(int[] months, DateOnly first, DateOnly day)
    {
        var index = ((day.Year - first.Year) * 12) + day.Month - first.Month;
        if (index >= 0 && index < months.Length)
        {
            months[index]++;
        }
    }
}
