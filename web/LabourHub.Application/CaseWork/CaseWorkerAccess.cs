using LabourHub.Application.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.CaseWork;

/// <summary>
/// Whether a case worker may read a worker's case (documents, notes, placements): the worker is assigned to them, and
/// the person agreed to case-worker help (their latest choice), or was registered by a case worker and has no account.
/// </summary>
public static class CaseWorkerAccess
{
    public static async Task<bool> MayReadAsync(ILabourHubDbContext db, string caseWorkerUserId, WorkerId worker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.CaseAssignments.AnyAsync(c => c.WorkerId == worker && c.CaseWorkerUserId == caseWorkerUserId, cancellationToken))
        {
            return false;
        }

        var owner = await db.Workers.Where(w => w.Id == worker).Select(w => w.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return true;
        }

        var latest = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.UserId == owner && r.Purpose == ConsentPurpose.CaseWorkerAccess)
            .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)
            .Select(r => (bool?)r.Granted)
            .FirstOrDefaultAsync(cancellationToken);
        return latest == true;
    }
}
