using LabourHub.Application.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Employers.GetEmployerCase;

/// <summary>
/// A business's case file, object by object: its owner and recruiters, and the case worker assigned to it. Anyone else
/// (another employer, an unassigned case worker, a worker, an analyst, a machine client) gets null, answered as 404.
/// </summary>
public sealed class GetEmployerCaseHandler(ILabourHubDbContext db)
{
    public async Task<EmployerCaseView?> HandleAsync(Guid employerId, string callerUserId, IReadOnlyCollection<string> callerRoles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callerRoles);
        var id = new EmployerId(employerId);
        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employer is null)
        {
            return null;
        }

        var isOwnPeople = (callerRoles.Contains("EmployerOwner") && employer.OwnerUserId == callerUserId)
            || (callerRoles.Contains("EmployerRecruiter") && await db.EmployerMembers.AnyAsync(m => m.EmployerId == id && m.UserId == callerUserId, cancellationToken));
        var isAssignedCaseWorker = callerRoles.Contains("CaseWorker")
            && await db.EmployerCaseAssignments.AnyAsync(c => c.EmployerId == id && c.CaseWorkerUserId == callerUserId, cancellationToken);
        if (!isOwnPeople && !isAssignedCaseWorker)
        {
            return null;
        }

        var vacancies = db.Vacancies.Where(v => v.EmployerId == id);
        return new EmployerCaseView(
            employer.Id.Value,
            employer.Name,
            employer.TaxNumber.Value,
            employer.NaceSection,
            employer.ProvinceCode,
            employer.TurkishHeadcount,
            employer.ForeignHeadcount,
            employer.Verification.ToString(),
            await vacancies.CountAsync(v => v.Status == VacancyStatus.Open, cancellationToken),
            await db.Applications.CountAsync(a => vacancies.Select(v => v.Id).Contains(a.VacancyId), cancellationToken),
            await db.EmployerMembers.CountAsync(m => m.EmployerId == id, cancellationToken));
    }
}
