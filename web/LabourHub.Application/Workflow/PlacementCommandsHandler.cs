using LabourHub.Application.Common;
using LabourHub.Application.Employers;
using LabourHub.Application.Notifications;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workflow;

/// <summary>
/// Runs the registered-employment workflow's commands. Each command carries an idempotency key and the version it
/// was made against; the placement change, its audit entry (chained with SHA-256) and the command record are saved in
/// one transaction, so a crash leaves the placement wholly before or after the step, a repeated key has no second
/// effect, and a command against a stale version is refused as a conflict.
/// </summary>
public sealed class PlacementCommandsHandler(ILabourHubDbContext db, PlacementRulesBuilder rulesBuilder, ApplicationNotifier notifier, TimeProvider clock)
{
    public const string SystemActor = "system";

    /// <summary>The employer offers the job to an applicant who accepted an interview.</summary>
    public async Task<CommandOutcome> OfferAsync(Guid idempotencyKey, Guid applicationId, PlacementTerms terms, string callerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (await ReplayAsync(idempotencyKey, null, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var mine = CallerBusinesses.Of(db, callerUserId);
        var found = await (from a in db.Applications
                           join v in db.Vacancies on a.VacancyId equals v.Id
                           where a.Id == new JobApplicationId(applicationId) && mine.Contains(v.EmployerId)
                           select new { Application = a, Vacancy = v }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new CommandOutcome(CommandResult.NotFound, null, null);
        }

        if (found.Application.Status != ApplicationStatus.Interview)
        {
            return new CommandOutcome(CommandResult.Blocked, null, null, new WorkflowProblem("workflow.offer_needs_interview"));
        }

        if (await db.Placements.AnyAsync(p => p.ApplicationId == found.Application.Id, cancellationToken))
        {
            return new CommandOutcome(CommandResult.Conflict, null, null);
        }

        var today = TurkeyCalendar.Today(clock);
        var rules = await rulesBuilder.ForAsync(found.Application.WorkerId, found.Vacancy.Id, null, terms.Wage, today, cancellationToken);
        if (rules is null)
        {
            return new CommandOutcome(CommandResult.NotFound, null, null);
        }

        var offered = Placement.Offer(found.Application.Id, found.Vacancy.Id, found.Vacancy.EmployerId, found.Application.WorkerId,
            found.Vacancy.IscoCode, found.Vacancy.ProvinceCode, found.Vacancy.SeasonalAgriculture, terms, rules, today,
            idCardIsPermit: await db.Workers.AnyAsync(w => w.Id == found.Application.WorkerId
                && (w.ProtectionStatus == Domain.Workers.ProtectionStatus.Refugee || w.ProtectionStatus == Domain.Workers.ProtectionStatus.SubsidiaryProtection), cancellationToken));
        if (!offered.IsSuccess)
        {
            return new CommandOutcome(CommandResult.Blocked, null, null, PlacementRulesBuilder.Explain(offered.Error!.Code, rules));
        }

        var (placement, step) = offered.Value;
        var now = clock.GetUtcNow();
        db.Placements.Add(placement);
        db.WorkflowAudit.Add(WorkflowAuditEntry.Append(null, placement.Id, step, callerUserId, now));
        db.WorkflowCommands.Add(WorkflowCommandRecord.Of(idempotencyKey, placement.Id, "offer", callerUserId, placement.Version, now));
        var before = found.Application.Status;
        found.Application.MoveTo(ApplicationStatus.Offered, now);
        await notifier.StatusChangedAsync(found.Application, before, cancellationToken);
        return await SaveAsync(idempotencyKey, placement, cancellationToken);
    }

    public async Task<CommandOutcome> ExecuteAsync(Guid idempotencyKey, Guid placementId, int expectedVersion, PlacementAction action, string callerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var id = new PlacementId(placementId);
        if (await ReplayAsync(idempotencyKey, id, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (placement is null || !await MayActAsync(placement, action, callerUserId, cancellationToken))
        {
            return new CommandOutcome(CommandResult.NotFound, null, null);
        }

        if (placement.Version != expectedVersion)
        {
            return new CommandOutcome(CommandResult.Conflict, placementId, placement.Version);
        }

        var today = TurkeyCalendar.Today(clock);
        var rules = await rulesBuilder.ForAsync(placement.WorkerId, placement.VacancyId, placement.Id, placement.Wage, today, cancellationToken);
        if (rules is null)
        {
            return new CommandOutcome(CommandResult.NotFound, null, null);
        }

        var result = Apply(placement, action, rules, callerUserId, today);
        if (!result.IsSuccess)
        {
            db.DiscardChanges();
            return new CommandOutcome(CommandResult.Blocked, placementId, expectedVersion, PlacementRulesBuilder.Explain(result.Error!.Code, rules));
        }

        await RecordAsync(placement, result.Value, action.Name, callerUserId, idempotencyKey, action.ByWorker, cancellationToken);
        return await SaveAsync(idempotencyKey, placement, cancellationToken);
    }

    /// <summary>
    /// The deadline sweep's own transitions (offer expiry, start of work), recorded by "system" with a key derived
    /// from the placement, the step and the day, so two sweeps on the same day cannot both act.
    /// </summary>
    public async Task<CommandOutcome> SweepAsync(Placement placement, Func<Placement, DateOnly, Result<WorkflowStep>> transition, string name, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(transition);
        var key = DeterministicKey(placement.Id, name, today);
        var result = transition(placement, today);
        if (!result.IsSuccess)
        {
            db.DiscardChanges();
            return new CommandOutcome(CommandResult.Blocked, placement.Id.Value, placement.Version, new WorkflowProblem(result.Error!.Code));
        }

        await RecordAsync(placement, result.Value, name, SystemActor, key, null, cancellationToken);
        return await SaveAsync(key, placement, cancellationToken);
    }

    private static Result<WorkflowStep> Apply(Placement p, PlacementAction action, PlacementRules rules, string caller, DateOnly today) => action switch
    {
        AcceptOffer => p.Accept(today),
        DeclineOffer => p.Decline(today),
        SignAsWorker => p.SignAsWorker(rules, today),
        SignAsEmployer s => p.SignAsEmployer(caller, s.WithSecondFactor, rules, today),
        FilePermit f => p.FilePermit(f.Reference, f.Checklist, rules, today),
        RecordExemption e => p.RecordExemption(e.Reference, rules, today),
        RecordMinistryNotice m => p.RecordMinistryNotice(m.Reference, rules, today),
        RecordPermitGranted g => p.RecordPermitGranted(g.ValidFrom, g.ValidUntil, today),
        RecordPermitRefused r => p.RecordPermitRefused(r.Reason, today),
        RescheduleStart r => p.Reschedule(r.NewStart, today),
        FileSgkNotice s => p.FileSgkNotice(s.Reference, s.FiledOn, today),
        ConfirmStart => p.Activate(today),
        EndPlacement e => p.End(e.Reason, e.EndedOn, today),
        WithdrawOffer w => p.Withdraw(w.Reason, today),
        AttachDocument d => p.AttachDocument(d.Kind, d.Sha256),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name, "Unknown workflow action."),
    };

    /// <summary>Adds the audit entry, the command record and what follows for the application, in the same unit of work.</summary>
    private async Task RecordAsync(Placement placement, WorkflowStep step, string name, string actor, Guid key, bool? byWorker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var last = await db.WorkflowAudit.Where(e => e.PlacementId == placement.Id).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        db.WorkflowAudit.Add(WorkflowAuditEntry.Append(last, placement.Id, step, actor, now));
        db.WorkflowCommands.Add(WorkflowCommandRecord.Of(key, placement.Id, name, actor, placement.Version, now));

        var next = placement.Status switch
        {
            PlacementStatus.Accepted => ApplicationStatus.Hired,
            PlacementStatus.Declined => ApplicationStatus.Withdrawn,
            PlacementStatus.Expired or PlacementStatus.Withdrawn => ApplicationStatus.Rejected,
            _ => (ApplicationStatus?)null,
        };
        if (next is { } status)
        {
            var application = await db.Applications.FirstAsync(a => a.Id == placement.ApplicationId, cancellationToken);
            var before = application.Status;
            if (status == ApplicationStatus.Rejected)
            {
                application.Reject(placement.Status == PlacementStatus.Expired ? "no_response" : "position_filled", now);
            }
            else
            {
                application.MoveTo(status, now);
            }

            await notifier.StatusChangedAsync(application, before, cancellationToken);
        }

        // The other side hears of the step (both, for what the system did); a rejection already told the worker.
        await notifier.WorkflowAsync(placement, Domain.Notifications.NotificationKind.WorkflowStep, step.Kind,
            toWorker: byWorker != true && next != ApplicationStatus.Rejected, toEmployer: byWorker != false, cancellationToken);
    }

    private async Task<CommandOutcome> SaveAsync(Guid key, Placement placement, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CommandOutcome(CommandResult.Done, placement.Id.Value, placement.Version);
        }
        catch (DbUpdateException)
        {
            // Another request won the race: the same key (a double submit) or another transition on this version.
            db.DiscardChanges();
            return await ReplayAsync(key, placement.Id, cancellationToken)
                ?? new CommandOutcome(CommandResult.Conflict, placement.Id.Value, null);
        }
    }

    private async Task<CommandOutcome?> ReplayAsync(Guid key, PlacementId? placement, CancellationToken cancellationToken)
    {
        var done = await db.WorkflowCommands.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);
        if (done is null)
        {
            return null;
        }

        return placement is null || done.PlacementId == placement
            ? new CommandOutcome(CommandResult.Replayed, done.PlacementId.Value, done.ResultVersion)
            : new CommandOutcome(CommandResult.NotFound, null, null);
    }

    private async Task<bool> MayActAsync(Placement placement, PlacementAction action, string callerUserId, CancellationToken cancellationToken)
    {
        if (action.ByWorker)
        {
            return await db.Workers.AnyAsync(w => w.Id == placement.WorkerId && w.UserId == callerUserId, cancellationToken);
        }

        return await CallerBusinesses.Of(db, callerUserId).ContainsAsync(placement.EmployerId, cancellationToken);
    }

    private static Guid DeterministicKey(PlacementId placement, string name, DateOnly day)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{placement.Value:N}|{name}|{day:yyyy-MM-dd}"));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
