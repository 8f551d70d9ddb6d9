using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.CaseWork.EmployerDesk;

/// <summary>A business on the case worker's desk: what verification needs to see, never its applicants.</summary>
public sealed record DeskEmployer(
    Guid Id,
    string Name,
    string TaxNumber,
    string NaceSection,
    string ProvinceName,
    int TurkishHeadcount,
    int ForeignHeadcount,
    VerificationStatus Verification,
    int DraftVacancies,
    int OpenVacancies);

/// <summary>
/// The case worker's businesses: the ones assigned to them, and the verification they decide (verified businesses may
/// publish vacancies). A business not assigned to the caller is "not found".
/// </summary>
public sealed class EmployerDeskHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue)
{
    public async Task<IReadOnlyList<DeskEmployer>> ListAsync(string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var assigned = db.EmployerCaseAssignments.Where(a => a.CaseWorkerUserId == caseWorkerUserId).Select(a => a.EmployerId);
        var employers = await db.Employers.AsNoTracking().Where(e => assigned.Contains(e.Id)).ToListAsync(cancellationToken);
        var ids = employers.Select(e => e.Id).ToList();
        var counts = await db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.EmployerId) && (v.Status == VacancyStatus.Draft || v.Status == VacancyStatus.Open))
            .GroupBy(v => new { v.EmployerId, v.Status })
            .Select(g => new { g.Key.EmployerId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(EmployerId id, VacancyStatus status) => counts.FirstOrDefault(c => c.EmployerId == id && c.Status == status)?.Count ?? 0;
        return employers
            .OrderBy(e => e.Verification == VerificationStatus.Pending ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Create(new System.Globalization.CultureInfo("tr"), false))
            .Select(e => new DeskEmployer(
                e.Id.Value, e.Name, e.TaxNumber.Value, e.NaceSection, catalogue.ProvinceName(e.ProvinceCode),
                e.TurkishHeadcount, e.ForeignHeadcount, e.Verification, Count(e.Id, VacancyStatus.Draft), Count(e.Id, VacancyStatus.Open)))
            .ToList();
    }

    /// <summary>False when the business is not on the caller's desk.</summary>
    public async Task<bool> DecideAsync(Guid employerId, bool verified, string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var key = new EmployerId(employerId);
        var assigned = await db.EmployerCaseAssignments.AnyAsync(a => a.EmployerId == key && a.CaseWorkerUserId == caseWorkerUserId, cancellationToken);
        var employer = assigned ? await db.Employers.FirstOrDefaultAsync(e => e.Id == key, cancellationToken) : null;
        if (employer is null)
        {
            return false;
        }

        if (verified)
        {
            employer.MarkVerified();
        }
        else
        {
            employer.MarkRejected();
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
