using LabourHub.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Privacy.EraseMyData;

/// <summary>
/// Erases what the marketplace holds about one person, in one transaction: the worker profile with its languages
/// applications, documents and case notes, an unfinished profile draft, and the consent history; then every <see cref="IErasureListener"/> (search index, matching
/// exports, the uploaded files) removes its copies.
/// </summary>
public sealed class EraseMyDataHandler(ILabourHubDbContext db, IEnumerable<IErasureListener> listeners)
{
    public async Task<ErasureSummary> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        var applications = 0;
        if (worker is not null)
        {
            var mine = await db.Applications.Where(a => a.WorkerId == worker.Id).ToListAsync(cancellationToken);
            applications = mine.Count;
            db.Applications.RemoveRange(mine);
            db.WorkerDocuments.RemoveRange(await db.WorkerDocuments.Where(d => d.WorkerId == worker.Id).ToListAsync(cancellationToken));
            db.CaseNotes.RemoveRange(await db.CaseNotes.Where(n => n.WorkerId == worker.Id).ToListAsync(cancellationToken));
            db.Workers.Remove(worker);
        }

        db.ProfileDrafts.RemoveRange(await db.ProfileDrafts.Where(d => d.UserId == userId).ToListAsync(cancellationToken));
        var consents = await db.ConsentRecords.Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        db.ConsentRecords.RemoveRange(consents);
        await db.SaveChangesAsync(cancellationToken);
        if (worker is not null)
        {
            foreach (var listener in listeners)
            {
                await listener.WorkerErasedAsync(worker.Id.Value, cancellationToken);
            }
        }

        return new ErasureSummary(worker is not null, applications, consents.Count);
    }
}
