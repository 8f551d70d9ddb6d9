using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Workers;
using LabourHub.Identity;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Gives the demo accounts something to do: the demo worker owns a demo profile, the demo owner owns the business
/// with the most vacancies and the demo recruiter works for it, the demo case worker is assigned twenty workers and three businesses. Runs once (it checks the links).
/// Lives in the host because it joins the two stores, which know nothing of each other.
/// </summary>
public static class DemoAccountLinker
{
    public const int CaseLoad = 20;

    public static async Task LinkDemoAccountsAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<LabourHubIdentityOptions>().SeedDemoAccounts)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var ids = new Dictionary<string, string>();
        foreach (var (userName, role, _) in IdentitySeeder.DemoAccounts)
        {
            if (await users.FindByNameAsync(userName) is { } user)
            {
                ids[role] = user.Id;
            }
        }

        if (ids.TryGetValue(Roles.Worker, out var workerUser) && !await db.Workers.AnyAsync(w => w.UserId == workerUser))
        {
            var worker = await db.Workers.Where(w => w.UserId == null && w.ProtectionStatus == ProtectionStatus.TemporaryProtection)
                .OrderBy(w => w.Id).FirstOrDefaultAsync();
            worker?.LinkAccount(workerUser);
        }

        if (ids.TryGetValue(Roles.EmployerOwner, out var ownerUser) && !await db.Employers.AnyAsync(e => e.OwnerUserId == ownerUser))
        {
            var busiest = await db.Vacancies.GroupBy(v => v.EmployerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
            var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == busiest);
            employer?.AssignOwner(ownerUser);
            if (employer is not null && ids.TryGetValue(Roles.EmployerRecruiter, out var recruiterUser))
            {
                db.EmployerMembers.Add(EmployerMember.Invite(employer.Id, recruiterUser, clock.GetUtcNow()));
            }
        }

        // Save the links first, so the case load below holds only people without an account of their own (registered by a
        // case worker), whom the case worker may see without a consent record.
        await db.SaveChangesAsync();

        if (ids.TryGetValue(Roles.CaseWorker, out var caseWorkerUser) && !await db.CaseAssignments.AnyAsync(c => c.CaseWorkerUserId == caseWorkerUser))
        {
            var now = clock.GetUtcNow();
            var workers = await db.Workers.Where(w => w.UserId == null).OrderBy(w => w.Id).Take(CaseLoad).Select(w => w.Id).ToListAsync();
            db.CaseAssignments.AddRange(workers.Select(w => CaseAssignment.Assign(caseWorkerUser, w, now)));
            var employers = await db.Employers.Where(e => e.OwnerUserId == null).OrderBy(e => e.Id).Take(3).Select(e => e.Id).ToListAsync();
            db.EmployerCaseAssignments.AddRange(employers.Select(e => EmployerCaseAssignment.Assign(caseWorkerUser, e, now)));
        }

        await db.SaveChangesAsync();
    }
}
