using LabourHub.Application.Notifications;
using LabourHub.Application.Workflow;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Workers;
using LabourHub.Domain.Workflow;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Operator commands of the workflow: `workflow verify` checks every audit chain (exit 0 intact, 2 broken), and
/// `workflow drill N` runs random transitions forever on N placements so a crash test can kill the process mid-step.
/// </summary>
public static class WorkflowCommandLine
{
    public const string DrillOwner = "drill-owner";

    public static async Task<int> RunWorkflowVerifyAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.InitialiseDataAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<PlacementQueries>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var total = await db.Placements.CountAsync();
        var broken = await queries.VerifyAllAsync(CancellationToken.None);
        foreach (var (placement, verdict) in broken)
        {
            Console.WriteLine($"BROKEN placement {placement}: entry {verdict.BrokenAt} ({verdict.Problem})");
        }

        Console.WriteLine($"Verified {total} placements: {total - broken.Count(b => b.Verification.Problem != "orphaned")} intact, {broken.Count} broken.");
        return broken.Count == 0 ? 0 : 2;
    }

    /// <summary>
    /// Prepares N placements (workers with a residence permit whose applications reach interview, a drill account in
    /// each business) and then takes random next steps through the real command handler until killed.
    /// </summary>
    public static async Task<int> RunWorkflowDrillAsync(this WebApplication app, int placements)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.InitialiseDataAsync();
        var ids = await PrepareAsync(app, placements);
        Console.WriteLine($"drill ready: {ids.Count} placements");
        var random = new Random();
        var steps = 0;
        var open = new List<Domain.Identifiers.PlacementId>(ids);
        while (open.Count > 0)
        {
            var id = open[random.Next(open.Count)];
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var placement = await db.Placements.AsNoTracking().FirstAsync(p => p.Id == id);
            if (placement.IsClosed)
            {
                open.Remove(id);
                continue;
            }

            var (action, actor, daysAhead) = Next(placement, await db.Workers.Where(w => w.Id == placement.WorkerId).Select(w => w.UserId!).FirstAsync());
            var clock = new ShiftedClock(TimeSpan.FromDays(daysAhead));
            var commands = new PlacementCommandsHandler(db, new PlacementRulesBuilder(db, scope.ServiceProvider.GetRequiredService<EligibilityRules>()), new ApplicationNotifier(db, clock), clock);
            await commands.ExecuteAsync(Guid.NewGuid(), id.Value, placement.Version, action, actor, CancellationToken.None);
            if (++steps % 25 == 0)
            {
                Console.WriteLine($"drill steps {steps}");
            }
        }

        Console.WriteLine($"drill done: {steps} steps");
        return 0;
    }

    private static (PlacementAction Action, string Actor, int DaysAhead) Next(Placement p, string workerUser)
    {
        var today = TurkeyCalendar.Today(TimeProvider.System);
        return p.Status switch
        {
            PlacementStatus.Offered => (new AcceptOffer(), workerUser, 0),
            PlacementStatus.Accepted when p.WorkerSignedOn is null => (new SignAsWorker(), workerUser, 0),
            PlacementStatus.Accepted => (new SignAsEmployer(true), DrillOwner, 0),
            PlacementStatus.ContractSigned when p.SeasonalExemption => (new RecordExemption("DRILL-EX"), DrillOwner, 0),
            PlacementStatus.ContractSigned => (new FilePermit("DRILL-EIZ", Placement.PermitChecklist), DrillOwner, 0),
            PlacementStatus.PermitFiled => (new RecordPermitGranted(today.AddDays(1), today.AddYears(1)), DrillOwner, 0),
            PlacementStatus.PermitGranted => (new FileSgkNotice("DRILL-SGK", today), DrillOwner, 0),
            PlacementStatus.SgkNoticeFiled => (new ConfirmStart(), DrillOwner, 25),
            _ => (new EndPlacement("contract_ended", p.StartDate.AddDays(5)), DrillOwner, 30),
        };
    }

    private static async Task<List<Domain.Identifiers.PlacementId>> PrepareAsync(WebApplication app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var existing = await db.Placements.Where(p => p.PositionTitle.StartsWith("Drill ")).Select(p => p.Id).ToListAsync();
        if (existing.Count > 0)
        {
            return existing;
        }

        var now = TimeProvider.System.GetUtcNow();
        var today = TurkeyCalendar.Today(TimeProvider.System);
        var candidates = await (from a in db.Applications
                                join w in db.Workers on a.WorkerId equals w.Id
                                join v in db.Vacancies on a.VacancyId equals v.Id
                                where w.ProtectionStatus == ProtectionStatus.ResidencePermit && a.Status == ApplicationStatus.Submitted && !v.SeasonalAgriculture
                                select new { Application = a, Worker = w, Vacancy = v }).Take(count * 4).ToListAsync();
        var ids = new List<Domain.Identifiers.PlacementId>();
        foreach (var c in candidates)
        {
            if (ids.Count == count)
            {
                break;
            }

            if (c.Worker.UserId is null)
            {
                c.Worker.LinkAccount($"drill-worker-{c.Worker.Id.Value:N}");
            }

            if (!await db.EmployerMembers.AnyAsync(m => m.EmployerId == c.Vacancy.EmployerId && m.UserId == DrillOwner))
            {
                db.EmployerMembers.Add(EmployerMember.Invite(c.Vacancy.EmployerId, DrillOwner, now));
            }

            c.Application.MoveTo(ApplicationStatus.Shortlisted, now);
            c.Application.MoveTo(ApplicationStatus.Interview, now);
            await db.SaveChangesAsync();
            var commands = scope.ServiceProvider.GetRequiredService<PlacementCommandsHandler>();
            var outcome = await commands.OfferAsync(Guid.NewGuid(), c.Application.Id.Value, new PlacementTerms
            {
                PositionTitle = "Drill " + c.Vacancy.Title,
                Wage = c.Vacancy.WageMin,
                StartDate = today.AddDays(20),
                OfferValidUntil = today.AddDays(5),
            }, DrillOwner, CancellationToken.None);
            if (outcome.Result == CommandResult.Done)
            {
                ids.Add(new Domain.Identifiers.PlacementId(outcome.PlacementId!.Value));
            }
        }

        return ids;
    }

    /// <summary>The real clock moved some days ahead, so the drill can reach the start of work and its end.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
