using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Application.Notifications;
using LabourHub.Application.Workflow;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Notifications;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workflow;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabourHub.Identity.Tests;

/// <summary>Registered employment through real HTTP: offer, answer, contract, permit, SGK, start, end; races and tampering.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Workflow")]
public sealed partial class WorkflowTests(IdentityPortalFactory portal)
{
    private const string OwnerPassword = "hiring people the legal way";

    [Fact]
    public async Task An_offer_goes_all_the_way_to_an_ended_registered_job_with_an_intact_audit_chain()
    {
        var (owner, worker, applicationId) = await InterviewAsync();
        var today = TurkeyCalendar.Today(TimeProvider.System);
        var start = today.AddDays(30);

        var key = Guid.NewGuid();
        var offered = await OfferAsync(owner, applicationId, key, start);
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        var url = offered.Headers.Location!.OriginalString.Split('?')[0];
        var placementId = Guid.Parse(url.Split('/')[2]);
        Assert.Equal(url, (await OfferAsync(owner, applicationId, key, start)).Headers.Location!.OriginalString.Split('?')[0]); // same key, same placement
        Assert.Equal(ApplicationStatus.Offered, await ApplicationStatusAsync(applicationId));

        await StepAsync(worker, placementId, "accept");
        await StepAsync(worker, placementId, "sign-worker");
        await StepAsync(owner, placementId, "sign-employer");
        Assert.Equal(PlacementStatus.ContractSigned, (await PlacementAsync(placementId)).Status);
        Assert.Equal(ApplicationStatus.Hired, await ApplicationStatusAsync(applicationId));

        var turkish = await worker.GetStringAsync($"/placements/{placementId}/contract?lang=tr");
        var arabic = await worker.GetStringAsync($"/placements/{placementId}/contract?lang=ar");
        Assert.Contains("Belirli Süreli İş Sözleşmesi", turkish, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", arabic, StringComparison.Ordinal);
        Assert.Contains("عقد عمل", arabic, StringComparison.Ordinal);
        Assert.Contains("Ahmad Haddad", arabic, StringComparison.Ordinal);

        var incomplete = await StepAsync(owner, placementId, "file-permit", HttpStatusCode.BadRequest, ("Reference", "EIZ-2026-1"), ("Checklist", "signed_contract"));
        Assert.Contains("bakanlık hepsini ister", incomplete, StringComparison.Ordinal);
        await StepAsync(owner, placementId, "file-permit", HttpStatusCode.Redirect, [("Reference", "EIZ-2026-1"), .. Placement.PermitChecklist.Select(c => ("Checklist", c))]);
        await StepAsync(owner, placementId, "permit-granted", HttpStatusCode.Redirect, ("Date", Iso(today.AddDays(10))), ("UntilDate", Iso(today.AddDays(375))));
        await StepAsync(owner, placementId, "file-sgk", HttpStatusCode.Redirect, ("Reference", "SGK-55"), ("Date", Iso(today)));

        // The SGK receipt goes on the step: its hash enters the audit chain; a disguised file is refused.
        var receipt = SampleFiles.Pdf("SGK Sigortali Ise Giris Bildirgesi 55");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(owner, placementId, "SgkReceipt", "sgk.pdf", receipt)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(owner, placementId, "SgkReceipt", "sgk.pdf", SampleFiles.Executable())).StatusCode);
        var documentId = await PlacementDocumentAsync(placementId);
        Assert.Equal(receipt, await (await worker.GetAsync($"/placements/{placementId}/documents/{documentId}")).Content.ReadAsByteArrayAsync());
        var other = portal.Browser();
        await IdentityPortalFactory.SignInAsync(other, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/placements/{placementId}/documents/{documentId}")).StatusCode);
        Assert.Contains(System.Security.Cryptography.SHA256.HashData(receipt).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)).Aggregate(string.Empty, string.Concat),
            await worker.GetStringAsync($"/placements/{placementId}/audit"), StringComparison.Ordinal);
        Assert.Equal(PlacementStatus.SgkNoticeFiled, (await PlacementAsync(placementId)).Status);

        // The start date comes: the sweep, on a clock moved to that day, starts the placement.
        var report = await SweepAsync(new DateTimeOffset(start.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        Assert.True(report.Started >= 1);
        Assert.Equal(PlacementStatus.Active, (await PlacementAsync(placementId)).Status);
        await StepAsync(owner, placementId, "end", HttpStatusCode.Redirect, ("Reason", "contract_ended"), ("Date", Iso(start.AddDays(1))));

        var placement = await PlacementAsync(placementId);
        Assert.Equal(PlacementStatus.Ended, placement.Status);
        var audit = await worker.GetStringAsync($"/placements/{placementId}/audit?culture=en");
        Assert.Contains("data-audit=\"intact\"", audit, StringComparison.Ordinal);
        Assert.Contains($"The chain of {placement.Version} entries is intact", audit, StringComparison.Ordinal);
        Assert.True(await NotifiedAsync(applicationId, NotificationKind.WorkflowStep, "contract.signed_by_employer"));
    }

    [Fact]
    public async Task A_stale_page_gets_409_strangers_get_404_and_twenty_parallel_submits_have_one_effect()
    {
        var (owner, worker, applicationId) = await InterviewAsync();
        var offered = await OfferAsync(owner, applicationId, Guid.NewGuid(), TurkeyCalendar.Today(TimeProvider.System).AddDays(30));
        var placementId = Guid.Parse(offered.Headers.Location!.OriginalString.Split('?')[0].Split('/')[2]);

        var stale = await PostStepAsync(worker, placementId, "accept", Guid.NewGuid(), version: 7);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(PlacementStatus.Offered, (await PlacementAsync(placementId)).Status);

        var stranger = portal.Browser();
        await IdentityPortalFactory.SignInAsync(stranger, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/placements/{placementId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostStepAsync(stranger, placementId, "accept", Guid.NewGuid(), 1, token: await TokenAsync(stranger))).StatusCode);
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/placements/{placementId}/audit")).StatusCode);

        // Twenty identical submits (a frantic double tap): one effect.
        var token = await TokenAsync(worker);
        var key = Guid.NewGuid();
        var same = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostStepAsync(worker, placementId, "accept", key, 1, token)));
        Assert.All(same, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(2, await AuditCountAsync(placementId));

        // Twenty different submits against the same version: exactly one wins, the others are told to reload.
        var racing = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostStepAsync(worker, placementId, "sign-worker", Guid.NewGuid(), 2, token)));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(racing.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(3, await AuditCountAsync(placementId));
        Assert.Equal(3, (await PlacementAsync(placementId)).Version);
    }

    [Fact]
    public async Task Editing_an_audit_row_in_the_database_is_detected_by_the_page_and_the_verifier()
    {
        var (owner, worker, applicationId) = await InterviewAsync();
        var offered = await OfferAsync(owner, applicationId, Guid.NewGuid(), TurkeyCalendar.Today(TimeProvider.System).AddDays(30));
        var placementId = Guid.Parse(offered.Headers.Location!.OriginalString.Split('?')[0].Split('/')[2]);
        await StepAsync(worker, placementId, "accept");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var id = new PlacementId(placementId);
            var first = await db.WorkflowAudit.Where(e => e.PlacementId == id && e.Sequence == 1).Select(e => e.Id).SingleAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE \"WorkflowAudit\" SET \"Facts\" = REPLACE(\"Facts\", 'wage_kurus=', 'wage_kurus=1') WHERE \"Id\" = {first}");
        }

        var audit = await worker.GetStringAsync($"/placements/{placementId}/audit?culture=en");
        Assert.Contains("data-audit=\"broken\"", audit, StringComparison.Ordinal);
        Assert.Contains("broken at entry 1 (changed)", audit, StringComparison.Ordinal);
        await using var check = portal.Services.CreateAsyncScope();
        var broken = await check.ServiceProvider.GetRequiredService<PlacementQueries>().VerifyAllAsync(CancellationToken.None);
        Assert.Contains(broken, b => b.Placement == placementId && b.Verification.Problem == "changed");
    }

    [Fact]
    public async Task A_blocked_offer_names_the_rule_and_the_day_it_clears_and_an_unanswered_offer_lapses_in_the_sweep()
    {
        var (owner, _, applicationId) = await InterviewAsync(registeredMonthsAgo: 2);
        var today = TurkeyCalendar.Today(TimeProvider.System);

        var blocked = await OfferAsync(owner, applicationId, Guid.NewGuid(), today.AddDays(20), "?culture=en");
        var page = await blocked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        Assert.Contains("This step cannot be taken now.", page, StringComparison.Ordinal);
        Assert.Matches("clears on", page);
        Assert.Equal(ApplicationStatus.Interview, await ApplicationStatusAsync(applicationId));

        var (owner2, _, second) = await InterviewAsync();
        var offered = await OfferAsync(owner2, second, Guid.NewGuid(), today.AddDays(30));
        var placementId = Guid.Parse(offered.Headers.Location!.OriginalString.Split('?')[0].Split('/')[2]);
        await SweepAsync(new DateTimeOffset(today.AddDays(8).ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        Assert.Equal(PlacementStatus.Expired, (await PlacementAsync(placementId)).Status);
        Assert.Equal(ApplicationStatus.Rejected, await ApplicationStatusAsync(second));
    }

    /// <summary>A worker (signed up through the wizard) and a business owner with a second factor, and an application at interview.</summary>
    private async Task<(HttpClient Owner, HttpClient Worker, Guid ApplicationId)> InterviewAsync(int registeredMonthsAgo = 48)
    {
        var (worker, workerUser) = await WorkerJourney.SignUpAsync(portal, "tr");
        var registered = TurkeyCalendar.Today(TimeProvider.System).AddMonths(-registeredMonthsAgo);
        WorkerJourney.Ok(await WorkerJourney.StepAsync(worker, "basics", ("DisplayName", "Ahmad Haddad"), ("NationalityCode", "SY")));
        WorkerJourney.Ok(await WorkerJourney.StepAsync(worker, "protection", ("ProtectionStatus", "TemporaryProtection"), ("ProtectionRegisteredOn", Iso(registered)), ("RegisteredProvinceCode", "27")));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"owner-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, OwnerPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.EmployerOwner);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var totp = (await users.GetAuthenticatorKeyAsync(user))!;

        // A business with room in the quota (10% of its Turkish staff) for one more worker under temporary protection.
        var employers = await db.Employers.Where(e => e.TurkishHeadcount >= 40 && e.ForeignHeadcount == 0).Select(e => e.Id).ToListAsync();
        var employerId = employers[Random.Shared.Next(employers.Count)];
        var now = TimeProvider.System.GetUtcNow();
        db.EmployerMembers.Add(EmployerMember.Invite(employerId, user.Id, now));
        var wage = Domain.Reference.MinimumWage.InForce(await db.MinimumWages.ToListAsync(), TurkeyCalendar.Today(TimeProvider.System))!;
        var catalogue = scope.ServiceProvider.GetRequiredService<LabourHub.Application.Reference.IReferenceCatalogue>();
        var vacancy = Vacancy.Post(employerId, new VacancyDetails
        {
            Title = "Kaynakçı",
            Description = "Sigortalı iş.",
            Occupation = Domain.ValueObjects.IscoCode.Create("7212", catalogue).Value,
            ProvinceCode = 27,
            WageMin = wage.NetMonthly,
            WageMax = wage.NetMonthly,
        }, wage, now).Value;
        db.Vacancies.Add(vacancy);
        var workerId = await db.Workers.Where(w => w.UserId == workerUser).Select(w => w.Id).SingleAsync();
        var application = JobApplication.Submit(vacancy.Id, workerId, now);
        application.MoveTo(ApplicationStatus.Shortlisted, now);
        application.MoveTo(ApplicationStatus.Interview, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();

        var owner = portal.Browser();
        await IdentityPortalFactory.SignInAsync(owner, user.UserName, OwnerPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(owner, MfaTests.CurrentCode(totp))).StatusCode);
        return (owner, worker, application.Id.Value);
    }

    private static async Task<HttpResponseMessage> OfferAsync(HttpClient owner, Guid applicationId, Guid key, DateOnly start, string query = "")
    {
        var page = await owner.GetStringAsync($"/employer/applications/{applicationId}/offer");
        return await owner.PostAsync($"/employer/applications/{applicationId}/offer{query}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
            ["IdempotencyKey"] = key.ToString(),
            ["PositionTitle"] = "Kaynakçı",
            ["Wage"] = "30000",
            ["StartDate"] = Iso(start),
            ["OfferValidUntil"] = Iso(TurkeyCalendar.Today(TimeProvider.System).AddDays(7)),
        }));
    }

    /// <summary>Posts a step from the placement page as the browser would (its key and version); returns the page text.</summary>
    private static async Task<string> StepAsync(HttpClient browser, Guid placementId, string step, HttpStatusCode expected = HttpStatusCode.Redirect, params (string Name, string Value)[] fields)
    {
        var page = await browser.GetStringAsync($"/placements/{placementId}");
        var version = int.Parse(VersionPattern().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var response = await PostStepAsync(browser, placementId, step, Guid.NewGuid(), version, IdentityPortalFactory.Token(page), fields);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient browser, Guid placementId, string step, Guid key, int version, string? token = null, params (string Name, string Value)[] fields)
    {
        token ??= await TokenAsync(browser);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token))
            .Append(new("IdempotencyKey", key.ToString()))
            .Append(new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return await browser.PostAsync($"/placements/{placementId}/{step}", new FormUrlEncodedContent(form));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid placementId, string kind, string name, byte[] content)
    {
        var page = await browser.GetStringAsync($"/placements/{placementId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(IdentityPortalFactory.Token(page)), "__RequestVerificationToken" },
            { new StringContent(Guid.NewGuid().ToString()), "idempotencyKey" },
            { new StringContent(VersionPattern().Match(page).Groups[1].Value), "version" },
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content), "file", name },
        };
        return await browser.PostAsync($"/placements/{placementId}/documents", form);
    }

    private async Task<Guid> PlacementDocumentAsync(Guid placementId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().PlacementDocuments.Where(d => d.PlacementId == new PlacementId(placementId)).Select(d => d.Id).SingleAsync();
    }

    private static async Task<string> TokenAsync(HttpClient browser) => IdentityPortalFactory.Token(await browser.GetStringAsync("/placements"));

    private async Task<SweepReport> SweepAsync(DateTimeOffset at)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var clock = new FakeTimeProvider(at);
        var notifier = new ApplicationNotifier(db, clock);
        var commands = new PlacementCommandsHandler(db, new PlacementRulesBuilder(db, scope.ServiceProvider.GetRequiredService<EligibilityRules>()), notifier, clock);
        return await new WorkflowSweepHandler(db, commands, notifier, clock).RunAsync(CancellationToken.None);
    }

    private async Task<Placement> PlacementAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Placements.AsNoTracking().SingleAsync(p => p.Id == new PlacementId(id));
    }

    private async Task<int> AuditCountAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().WorkflowAudit.CountAsync(e => e.PlacementId == new PlacementId(id));
    }

    private async Task<ApplicationStatus> ApplicationStatusAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Applications.Where(a => a.Id == new JobApplicationId(id)).Select(a => a.Status).SingleAsync();
    }

    private async Task<bool> NotifiedAsync(Guid applicationId, NotificationKind kind, string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Notifications.AnyAsync(n => n.ApplicationId == new JobApplicationId(applicationId) && n.Kind == kind && n.ReasonCode == code);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
