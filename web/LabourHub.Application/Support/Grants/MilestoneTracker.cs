using LabourHub.Application.Common;
using LabourHub.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourHub.Application.Support.Grants;

/// <summary>
/// Releases the instalments of awarded applications whose verified formal hires reached a milestone. Safe to run
/// from several places at once: the (application, milestone) pair is unique in storage, so a release that lost a race
/// fails to save and is counted as already done.
/// </summary>
public sealed partial class MilestoneTracker(ILabourHubDbContext db, TimeProvider clock, ILogger<MilestoneTracker> logger)
{
    /// <summary>Returns how many instalments this run released.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var awarded = await db.GrantApplications.AsNoTracking().Where(a => a.Status == GrantStatus.Awarded).Select(a => a.Id).ToListAsync(cancellationToken);
        var released = 0;
        foreach (var id in awarded)
        {
            released += await ReleaseForAsync(id, cancellationToken);
        }

        return released;
    }

    private async Task<int> ReleaseForAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.GrantApplications.AsNoTracking().FirstAsync(a => a.Id == applicationId, cancellationToken);
        var programme = await db.SupportProgrammes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var done = await db.GrantInstalments.AsNoTracking().Where(i => i.ApplicationId == applicationId).Select(i => i.MilestoneSequence).ToListAsync(cancellationToken);
        var hires = await GrantApplicationsHandler.VerifiedHires(db, application.EmployerId, application.AwardedOn!.Value).CountAsync(cancellationToken);
        var due = application.DueInstalments(programme, done, hires, clock.GetUtcNow());
        if (due.Count == 0)
        {
            return 0;
        }

        db.GrantInstalments.AddRange(due);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run released these milestones first.
            db.DiscardChanges();
            return 0;
        }

        foreach (var instalment in due)
        {
            LogReleased(applicationId, instalment.MilestoneSequence, hires);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grant {ApplicationId}: milestone {Sequence} released at {Hires} verified hires")]
    private partial void LogReleased(Guid applicationId, int sequence, int hires);
}
