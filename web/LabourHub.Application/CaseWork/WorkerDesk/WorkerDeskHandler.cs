using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.CaseWork.WorkerDesk;

/// <summary>
/// The case worker's desk for people: the workers assigned to them (whether each agreed to their help), and for one
/// of them the notes the case workers keep. Notes are readable by case workers assigned to that person only; no
/// employer-facing page or API ever reads them.
/// </summary>
public sealed class WorkerDeskHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, TimeProvider clock)
{
    public async Task<IReadOnlyList<AssignedWorkerRow>> AssignedAsync(string caseWorkerUserId, CancellationToken cancellationToken)
    {
        var rows = await (from c in db.CaseAssignments.AsNoTracking()
                          join w in db.Workers.AsNoTracking() on c.WorkerId equals w.Id
                          where c.CaseWorkerUserId == caseWorkerUserId
                          orderby w.RegisteredAt descending
                          select new { w.Id, w.UserId, w.DisplayName, w.RegisteredProvinceCode }).ToListAsync(cancellationToken);
        var owners = rows.Where(r => r.UserId is not null).Select(r => r.UserId!).ToList();
        var consents = await db.ConsentRecords.AsNoTracking()
            .Where(r => owners.Contains(r.UserId) && r.Purpose == ConsentPurpose.CaseWorkerAccess)
            .ToListAsync(cancellationToken);
        var granted = consents.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Last().Granted);
        var workerIds = rows.Select(r => r.Id).ToList();
        var pending = await db.WorkerDocuments.AsNoTracking()
            .Where(d => workerIds.Contains(d.WorkerId) && d.Verification == Domain.Documents.DocumentVerification.Pending)
            .GroupBy(d => d.WorkerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rows.Select(r =>
        {
            var consented = r.UserId is null || (granted.TryGetValue(r.UserId, out var g) && g);
            return new AssignedWorkerRow(
                r.Id.Value,
                consented ? r.DisplayName : null,
                catalogue.ProvinceName(r.RegisteredProvinceCode),
                consented,
                consented && pending.TryGetValue(r.Id, out var p) ? p : 0);
        }).ToList();
    }

    /// <summary>The notes on one person, newest first; null when the person is not on this case worker's desk (or withheld consent).</summary>
    public async Task<IReadOnlyList<CaseNoteRow>?> NotesAsync(string caseWorkerUserId, Guid workerId, CancellationToken cancellationToken)
    {
        var id = new WorkerId(workerId);
        if (!await CaseWorkerAccess.MayReadAsync(db, caseWorkerUserId, id, cancellationToken))
        {
            return null;
        }

        return await db.CaseNotes.AsNoTracking().Where(n => n.WorkerId == id)
            .OrderByDescending(n => n.WrittenAt)
            .Select(n => new CaseNoteRow(n.Body, n.WrittenAt, n.AuthorUserId == caseWorkerUserId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a note; returns an error code, or null when saved.</summary>
    public async Task<string?> WriteNoteAsync(string caseWorkerUserId, Guid workerId, string? body, CancellationToken cancellationToken)
    {
        var id = new WorkerId(workerId);
        if (!await CaseWorkerAccess.MayReadAsync(db, caseWorkerUserId, id, cancellationToken))
        {
            return "worker.not_found";
        }

        var note = CaseNote.Write(id, caseWorkerUserId, body, clock.GetUtcNow());
        if (!note.IsSuccess)
        {
            return note.Error!.Code;
        }

        db.CaseNotes.Add(note.Value);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

/// <summary>One person on the desk; the name is shown only when they agreed to case-worker help.</summary>
public sealed record AssignedWorkerRow(Guid WorkerId, string? Name, string Province, bool Consented, int DocumentsToVerify);

public sealed record CaseNoteRow(string Body, DateTimeOffset WrittenAt, bool Mine);
