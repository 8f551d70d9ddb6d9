using LabourHub.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Privacy.EraseMyData;

/// <summary>
/// Erases what the marketplace holds about one person, in one transaction: the worker profile with its languages,
/// documents and case notes, an unfinished profile draft, applications and their message threads (both sides'
/// messages: a thread exists only because of the application), the person's notifications and the notifications
/// others got about those applications, and the consent history. Abuse reports about those threads lose the thread,
/// the comment and the reporter and keep only reason, business and dates (case workers need the pattern, not the
/// person). Then every <see cref="IErasureListener"/> (search index, matching exports, the uploaded files) removes
/// its copies.
/// </summary>
public sealed class EraseMyDataHandler(ILabourHubDbContext db, IEnumerable<IErasureListener> listeners)
{
    public async Task<ErasureSummary> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        var applications = 0;
        var messages = 0;
        var notifications = new HashSet<Guid>();
        if (worker is not null)
        {
            var mine = await db.Applications.Where(a => a.WorkerId == worker.Id).ToListAsync(cancellationToken);
            var ids = mine.Select(a => a.Id).ToList();
            applications = mine.Count;
            var thread = await db.Messages.Where(m => ids.Contains(m.ApplicationId)).ToListAsync(cancellationToken);
            messages = thread.Count;
            db.Messages.RemoveRange(thread);
            var reported = ids.Select(id => (Domain.Identifiers.JobApplicationId?)id).ToList();
            foreach (var report in await db.AbuseReports.Where(r => reported.Contains(r.ApplicationId)).ToListAsync(cancellationToken))
            {
                report.Anonymise();
            }

            var about = await db.Notifications.Where(n => ids.Contains(n.ApplicationId)).ToListAsync(cancellationToken);
            db.Notifications.RemoveRange(about);
            notifications.UnionWith(about.Select(n => n.Id));
            db.Applications.RemoveRange(mine);
            db.WorkerDocuments.RemoveRange(await db.WorkerDocuments.Where(d => d.WorkerId == worker.Id).ToListAsync(cancellationToken));
            db.CaseNotes.RemoveRange(await db.CaseNotes.Where(n => n.WorkerId == worker.Id).ToListAsync(cancellationToken));
            db.Workers.Remove(worker);
        }

        // Reports the person filed about vacancies, businesses or placements stay for the pattern, without the person.
        foreach (var report in await db.AbuseReports.Where(r => r.ReporterUserId == userId).ToListAsync(cancellationToken))
        {
            report.Anonymise();
        }

        db.ProfileDrafts.RemoveRange(await db.ProfileDrafts.Where(d => d.UserId == userId).ToListAsync(cancellationToken));
        var own = await db.Notifications.Where(n => n.RecipientUserId == userId).ToListAsync(cancellationToken);
        db.Notifications.RemoveRange(own.Where(n => !notifications.Contains(n.Id)));
        notifications.UnionWith(own.Select(n => n.Id));
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

        return new ErasureSummary(worker is not null, applications, consents.Count, messages, notifications.Count);
    }
}
