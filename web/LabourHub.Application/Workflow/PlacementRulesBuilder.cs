using LabourHub.Application.Common;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Workers;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workflow;

/// <summary>
/// Gathers the legal facts of the day for one worker, vacancy and employer: eligibility (province, waiting period,
/// closed professions, and the quota counted against the employer's declared foreign headcount plus the placements
/// LabourHub is filing or has made active for people under temporary protection) and the minimum wage in force.
/// </summary>
public sealed class PlacementRulesBuilder(ILabourHubDbContext db, EligibilityRules eligibility)
{
    /// <summary>Placements that count against the quota: from the permit application until the end of the employment.</summary>
    private static readonly PlacementStatus[] Counting = [PlacementStatus.PermitFiled, PlacementStatus.PermitGranted, PlacementStatus.SgkNoticeFiled, PlacementStatus.Active];

    public async Task<PlacementRules?> ForAsync(WorkerId workerId, VacancyId vacancyId, PlacementId? exclude, Domain.ValueObjects.Money? wage, DateOnly day, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, cancellationToken);
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (worker is null || vacancy is null)
        {
            return null;
        }

        var employer = await db.Employers.AsNoTracking().FirstAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
        var inProgress = await (from p in db.Placements
                                join w in db.Workers on p.WorkerId equals w.Id
                                where p.EmployerId == employer.Id && Counting.Contains(p.Status) && w.ProtectionStatus == ProtectionStatus.TemporaryProtection
                                      && (exclude == null || p.Id != exclude)
                                select p.Id).CountAsync(cancellationToken);
        var wages = await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken);
        var minimum = MinimumWage.InForce(wages, day);
        var decision = eligibility.Decide(new EligibilityCase
        {
            ProtectionStatus = worker.ProtectionStatus,
            ProtectionRegisteredOn = worker.ProtectionRegisteredOn,
            RegisteredProvinceCode = worker.RegisteredProvinceCode,
            VacancyIscoCode = vacancy.IscoCode,
            VacancyProvinceCode = vacancy.ProvinceCode,
            SeasonalAgriculture = vacancy.SeasonalAgriculture,
            WageMin = wage ?? vacancy.WageMin,
            MinimumWage = minimum?.NetMonthly,
            EmployerTurkishHeadcount = employer.TurkishHeadcount,
            EmployerTemporaryProtectionWorkers = employer.ForeignHeadcount + inProgress,
            OnDate = day,
        });
        return new PlacementRules { Eligibility = decision, MinimumWage = minimum };
    }

    /// <summary>The citation and clearing day behind a blocked step, when a rule of the law blocked it.</summary>
    public static WorkflowProblem Explain(string code, PlacementRules? rules)
    {
        var citation = rules?.Eligibility.Blocking.Concat(rules.Eligibility.Conditions).FirstOrDefault(c => c.Code == code);
        var clears = code == "eligibility.waiting_period" ? rules?.Eligibility.EligibleFrom : null;
        return new WorkflowProblem(code, citation?.Source ?? (code == "workflow.wage_below_minimum" ? rules?.MinimumWage?.Source : null), clears);
    }
}
