using LabourHub.Application.Common;
using LabourHub.Application.Notifications;
using LabourHub.Domain.Notifications;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workflow;

/// <summary>
/// The workflow's clock: lapses unanswered offers, starts placements on their start date once the SGK notice is
/// filed, and reminds people of deadlines that are near (once per placement and deadline). Runs on TimeProvider, so
/// tests move time; each change is a system command with a key derived from the day, so two sweeps cannot both act.
/// </summary>
public sealed class WorkflowSweepHandler(ILabourHubDbContext db, PlacementCommandsHandler commands, ApplicationNotifier notifier, TimeProvider clock)
{
    /// <summary>How many days ahead each deadline is worth a reminder, and to whom.</summary>
    private static readonly Dictionary<string, (int Days, bool Worker, bool Employer)> Reminders = new()
    {
        ["offer_answer"] = (1, true, false),
        ["sgk_notice"] = (2, false, true),
        ["start_within_month"] = (5, false, true),
        ["report_start"] = (7, true, false),
        ["report_end"] = (7, true, false),
        ["permit_expires"] = (30, true, true),
    };

    public async Task<SweepReport> RunAsync(CancellationToken cancellationToken)
    {
        var today = TurkeyCalendar.Today(clock);
        var expired = await TransitionAllAsync(p => p.Status == PlacementStatus.Offered && p.OfferValidUntil < today, (p, d) => p.Expire(d), "expire", today, cancellationToken);
        var started = await TransitionAllAsync(p => p.Status == PlacementStatus.SgkNoticeFiled && p.StartDate <= today, (p, d) => p.Activate(d), "start", today, cancellationToken);

        var reminded = 0;
        var open = await db.Placements.AsNoTracking()
            .Where(p => p.Status != PlacementStatus.Declined && p.Status != PlacementStatus.Expired && p.Status != PlacementStatus.PermitRefused && p.Status != PlacementStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        foreach (var placement in open)
        {
            foreach (var deadline in PlacementDeadlines.Of(placement))
            {
                if (Reminders.TryGetValue(deadline.Code, out var rule) && deadline.DaysLeft(today) <= rule.Days && deadline.DaysLeft(today) >= -1)
                {
                    var before = db.Notifications.Local.Count;
                    await notifier.WorkflowAsync(placement, NotificationKind.WorkflowDeadline, deadline.Code, rule.Worker, rule.Employer, cancellationToken);
                    reminded += db.Notifications.Local.Count - before;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SweepReport(expired, started, reminded);
    }

    private async Task<int> TransitionAllAsync(System.Linq.Expressions.Expression<Func<Placement, bool>> due, Func<Placement, DateOnly, Domain.Common.Result<WorkflowStep>> transition, string name, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = await db.Placements.AsNoTracking().Where(due).Select(p => p.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in ids)
        {
            db.DiscardChanges();
            var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (placement is not null && (await commands.SweepAsync(placement, transition, name, today, cancellationToken)).Result == CommandResult.Done)
            {
                done++;
            }
        }

        db.DiscardChanges();
        return done;
    }
}

/// <summary>What one sweep did.</summary>
public sealed record SweepReport(int Expired, int Started, int Reminders);
