using System.Net;
using System.Text.Json;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Notifications;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Notifications;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// The message thread of an application, end to end over HTTP: both sides write and read, the business sees no name
/// before an interview, outsiders get 404, user text is escaped, closed applications refuse new messages, reports reach
/// case workers only, notifications are written with the event, shown in the reader's language and mailed in the
/// account's language, and erasure takes the thread and the notifications with it.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class MessagingTests(IdentityPortalFactory portal)
{
    private const string Password = "talking about the job";
    private const string WorkerName = "Leyla Mesajcı";
    private const string WorkerPhone = "+905321112233";

    [Fact]
    public async Task Worker_and_recruiter_write_both_ways_the_name_stays_hidden_until_an_interview_and_script_is_shown_as_text()
    {
        var s = await ScenarioAsync("both-ways");

        var posted = await PostAsync(s.Worker, s.WorkerThread, new() { ["body"] = "  <script>alert('x')</script> Merhaba, vardiya saatleri nedir?  " });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{s.WorkerThread}?sent=1", posted.Headers.Location!.OriginalString);

        var employerPage = await s.Recruiter.GetStringAsync(s.EmployerThread + "?culture=en");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Merhaba", employerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", employerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerName, employerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("532 111", employerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("5321112233", employerPage, StringComparison.Ordinal);
        Assert.Contains($"Applicant {s.ApplicationId.ToString("N")[^6..].ToUpperInvariant()}", employerPage, StringComparison.Ordinal);

        var reply = await PostAsync(s.Recruiter, s.EmployerThread, new() { ["body"] = "Sabah 8'den akşam 5'e kadar." });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var workerPage = await s.Worker.GetStringAsync(s.WorkerThread + "?culture=en");
        Assert.Contains("Sabah 8&#x27;den akşam 5&#x27;e kadar.", workerPage, StringComparison.Ordinal);
        Assert.Contains(s.BusinessName, workerPage, StringComparison.Ordinal);

        // An interview: the access rule now lets the business see the name and phone number.
        var version = await VersionAsync(s.ApplicationId);
        var invited = await PostAsync(s.Recruiter, $"/employer/vacancies/{s.VacancyId}/applicants/{s.ApplicationId}", new() { ["action"] = "Interview", ["version"] = version.ToString() }, $"/employer/vacancies/{s.VacancyId}/applicants");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var afterInterview = await s.Recruiter.GetStringAsync(s.EmployerThread + "?culture=en");
        Assert.Contains(WorkerName, afterInterview, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var application = new JobApplicationId(s.ApplicationId);
        var messages = await db.Messages.Where(m => m.ApplicationId == application).ToListAsync();
        Assert.Equal(2, messages.Count);
        Assert.Equal("<script>alert('x')</script> Merhaba, vardiya saatleri nedir?", messages.Single(m => m.Side == MessageSide.Worker).Body);
        var kinds = await db.Notifications.Where(n => n.ApplicationId == application).Select(n => new { n.RecipientUserId, n.Kind }).ToListAsync();
        Assert.Contains(kinds, n => n.RecipientUserId == s.RecruiterUserId && n.Kind == NotificationKind.NewApplication);
        Assert.Contains(kinds, n => n.RecipientUserId == s.RecruiterUserId && n.Kind == NotificationKind.NewMessage);
        Assert.Contains(kinds, n => n.RecipientUserId == s.WorkerUserId && n.Kind == NotificationKind.NewMessage);
        Assert.Contains(kinds, n => n.RecipientUserId == s.WorkerUserId && n.Kind == NotificationKind.InterviewInvited);
        Assert.DoesNotContain(kinds, n => n.RecipientUserId == s.WorkerUserId && n.Kind == NotificationKind.NewApplication);
    }

    [Fact]
    public async Task Another_business_and_another_worker_are_told_the_thread_does_not_exist()
    {
        var s = await ScenarioAsync("outsiders");
        await PostAsync(s.Worker, s.WorkerThread, new() { ["body"] = "Özel bir mesaj" });
        var otherEmployer = await QueryAsync(async d => await d.Vacancies.Where(v => v.EmployerId != s.EmployerId).Select(v => v.EmployerId).FirstAsync());
        var (otherRecruiter, _) = await RecruiterAsync("other-recruiter", otherEmployer);
        var (otherWorker, _) = await WorkerAsync("other-worker");

        Assert.Equal(HttpStatusCode.NotFound, (await otherRecruiter.GetAsync(s.EmployerThread)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherRecruiter, s.EmployerThread, new() { ["body"] = "Merhaba" }, "/employer/vacancies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWorker.GetAsync(s.WorkerThread)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherWorker, s.WorkerThread, new() { ["body"] = "Merhaba" }, "/my/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherWorker, s.WorkerThread + "/report", new() { ["reason"] = "other" }, "/my/applications")).StatusCode);
        Assert.Equal(1, await QueryAsync(d => d.Messages.CountAsync(m => m.ApplicationId == new JobApplicationId(s.ApplicationId))));
    }

    [Fact]
    public async Task Posting_to_a_withdrawn_application_is_refused_with_a_message_and_the_thread_stays_readable()
    {
        var s = await ScenarioAsync("withdrawn");
        await PostAsync(s.Worker, s.WorkerThread, new() { ["body"] = "Before I withdraw" });
        var withdrawn = await PostAsync(s.Worker, $"/my/applications/{s.ApplicationId}/withdraw", [], "/my/applications");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var refused = await PostAsync(s.Worker, s.WorkerThread + "?culture=en", new() { ["body"] = "After I withdrew" });
        var employerRefused = await PostAsync(s.Recruiter, s.EmployerThread + "?culture=en", new() { ["body"] = "Are you still there?" });
        var empty = await PostAsync(s.Recruiter, s.EmployerThread + "?culture=en", new() { ["body"] = "   " });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("This application is closed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, employerRefused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var page = await s.Recruiter.GetStringAsync(s.EmployerThread + "?culture=en");
        Assert.Contains("Before I withdraw", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"body\"", page, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(d => d.Messages.CountAsync(m => m.ApplicationId == new JobApplicationId(s.ApplicationId))));
    }

    [Fact]
    public async Task A_report_reaches_the_case_worker_queue_and_the_business_never_sees_it()
    {
        var s = await ScenarioAsync("report");
        await PostAsync(s.Recruiter, s.EmployerThread, new() { ["body"] = "Kayıt için 5000 TL ödemeniz gerekiyor." });
        var reported = await PostAsync(s.Worker, s.WorkerThread + "/report", new() { ["reason"] = "fees_asked", ["comment"] = "Para istediler, pasaportumu da istediler." });
        Assert.Equal($"{s.WorkerThread}?reported=1", reported.Headers.Location!.OriginalString);
        var badReason = await PostAsync(s.Worker, s.WorkerThread + "/report", new() { ["reason"] = "nationality" });
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);

        var employerPage = await s.Recruiter.GetStringAsync(s.EmployerThread + "?culture=en");
        Assert.DoesNotContain("pasaportumu", employerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A LabourHub case worker will look at this conversation", employerPage, StringComparison.Ordinal);
        Assert.Contains("A LabourHub case worker will look at this conversation", await s.Worker.GetStringAsync($"{s.WorkerThread}?reported=1&culture=en"), StringComparison.Ordinal);
        var denied = await s.Recruiter.GetAsync("/caseworker/reports");
        Assert.Equal("/account/denied", denied.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain(await QueryAsync(d => d.Notifications.Where(n => n.ApplicationId == new JobApplicationId(s.ApplicationId)).Select(n => n.Kind).ToListAsync()), k => k != NotificationKind.NewApplication && k != NotificationKind.NewMessage);

        var caseWorker = await CaseWorkerAsync();
        var queue = await caseWorker.GetStringAsync("/caseworker/reports?culture=en");
        // Screening also copied the business's fee request to the queue (Protection); this is the worker's own report.
        var reportId = await QueryAsync(d => d.AbuseReports.Where(r => r.ApplicationId == new JobApplicationId(s.ApplicationId) && r.Source == Domain.Protection.ReportSource.Person).Select(r => r.Id).SingleAsync());
        Assert.Equal(1, await QueryAsync(d => d.AbuseReports.CountAsync(r => r.ApplicationId == new JobApplicationId(s.ApplicationId) && r.Source == Domain.Protection.ReportSource.Screening)));
        Assert.Contains($"/caseworker/reports/{reportId}", queue, StringComparison.Ordinal);
        var detail = await caseWorker.GetStringAsync($"/caseworker/reports/{reportId}?culture=en");
        Assert.Contains("Kayıt için 5000 TL ödemeniz gerekiyor.", detail, StringComparison.Ordinal);
        Assert.Contains("Para istediler", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerName, detail, StringComparison.Ordinal);

        var handled = await PostAsync(caseWorker, $"/caseworker/reports/{reportId}/handled", new() { ["note"] = "Called the worker; business referred to the labour inspectorate." }, $"/caseworker/reports/{reportId}");
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.Id == reportId));
        Assert.NotNull(report.HandledAt);
        Assert.Equal("Called the worker; business referred to the labour inspectorate.", report.HandlingNote);
        Assert.Equal(MessageSide.Worker, report.ReporterSide);
    }

    [Fact]
    public async Task Shortlisting_notifies_the_worker_in_Arabic_in_the_portal_the_api_and_by_email()
    {
        var s = await ScenarioAsync("shortlist");
        var version = await VersionAsync(s.ApplicationId);
        var moved = await PostAsync(s.Recruiter, $"/employer/vacancies/{s.VacancyId}/applicants/{s.ApplicationId}", new() { ["action"] = "Shortlist", ["version"] = version.ToString() }, $"/employer/vacancies/{s.VacancyId}/applicants");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var notification = await QueryAsync(d => d.Notifications.SingleAsync(n => n.RecipientUserId == s.WorkerUserId && n.Kind == NotificationKind.ApplicationShortlisted));
        Assert.Equal(s.VacancyTitle, notification.VacancyTitle);

        var arabic = await s.Worker.GetStringAsync("/notifications?culture=ar");
        Assert.Contains("dir=\"rtl\"", arabic, StringComparison.Ordinal);
        Assert.Contains("ضمن القائمة المختصرة لصاحب العمل", arabic, StringComparison.Ordinal);
        Assert.Contains("class=\"badge text-bg-warning\"", arabic, StringComparison.Ordinal);
        var english = await s.Worker.GetStringAsync("/notifications?culture=en");
        Assert.Contains("is on the employer's shortlist", english, StringComparison.Ordinal);

        var api = JsonDocument.Parse(await s.Worker.GetStringAsync("/api/v1/me/notifications?culture=ar")).RootElement;
        Assert.True(api.GetProperty("unread").GetInt32() >= 1);
        Assert.Contains(api.GetProperty("notifications").GetProperty("items").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("القائمة المختصرة", StringComparison.Ordinal));

        await portal.Services.GetRequiredService<NotificationMailSender>().DrainAsync(CancellationToken.None);
        var mail = Assert.Single(portal.Mails(), m => m.Contains(s.WorkerEmail, StringComparison.Ordinal) && m.Contains("القائمة المختصرة", StringComparison.Ordinal));
        Assert.Contains($"/my/applications", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerName, mail, StringComparison.Ordinal);
        Assert.NotNull((await QueryAsync(d => d.Notifications.SingleAsync(n => n.Id == notification.Id))).EmailedAt);

        var read = await PostAsync(s.Worker, $"/notifications/{notification.Id}/read", new() { ["next"] = "/my/applications" }, "/notifications");
        Assert.Equal("/my/applications", read.Headers.Location!.OriginalString);
        Assert.NotNull((await QueryAsync(d => d.Notifications.SingleAsync(n => n.Id == notification.Id))).ReadAt);
    }

    [Fact]
    public async Task Erasure_deletes_the_thread_and_the_notifications_and_the_export_holds_them_first()
    {
        var s = await ScenarioAsync("erase");
        await PostAsync(s.Worker, s.WorkerThread, new() { ["body"] = "Benim mesajım" });
        await PostAsync(s.Recruiter, s.EmployerThread, new() { ["body"] = "İşverenin yanıtı" });
        await PostAsync(s.Worker, s.WorkerThread + "/report", new() { ["reason"] = "threats", ["comment"] = "Beni tehdit etti" });

        var export = JsonDocument.Parse(await s.Worker.GetStringAsync("/account/data/export")).RootElement.GetProperty("marketplace");
        Assert.Equal(2, export.GetProperty("messages").GetArrayLength());
        Assert.Contains(export.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString() == "Benim mesajım" && m.GetProperty("writtenByYou").GetBoolean());
        Assert.Contains(export.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "NewMessage");
        Assert.Equal("threats", export.GetProperty("reports")[0].GetProperty("reason").GetString());

        var page = await s.Worker.GetStringAsync("/account/data");
        var erased = await s.Worker.PostAsync("/account/data/erase", new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "true", ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page) }));
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        var application = new JobApplicationId(s.ApplicationId);
        Assert.Equal(0, await QueryAsync(d => d.Messages.CountAsync(m => m.ApplicationId == application)));
        Assert.Equal(0, await QueryAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == s.WorkerUserId || n.ApplicationId == application)));
        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.EmployerId == s.EmployerId && r.Reason == "threats" && r.ReporterUserId == "erased" && r.ApplicationId == null && r.Comment == null));
        Assert.Equal(MessageSide.Worker, report.ReporterSide);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Recruiter.GetAsync(s.EmployerThread)).StatusCode);
    }

    private sealed record Scenario(
        HttpClient Worker,
        string WorkerUserId,
        string WorkerEmail,
        HttpClient Recruiter,
        string RecruiterUserId,
        EmployerId EmployerId,
        string BusinessName,
        Guid VacancyId,
        string VacancyTitle,
        Guid ApplicationId)
    {
        public string WorkerThread => $"/my/applications/{ApplicationId}/messages";

        public string EmployerThread => $"/employer/applications/{ApplicationId}/messages";
    }

    /// <summary>A worker of our own (Arabic, confirmed e-mail) applies over HTTP to an open vacancy; a recruiter of our own works for that business.</summary>
    private async Task<Scenario> ScenarioAsync(string name)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var vacancy = await QueryAsync(d => d.Vacancies.Where(v => v.Status == Domain.Vacancies.VacancyStatus.Open && (v.ClosesOn == null || v.ClosesOn >= today))
            .OrderBy(v => v.Title).Select(v => new { v.Id, v.Title, v.EmployerId }).FirstAsync());
        var business = await QueryAsync(d => d.Employers.Where(e => e.Id == vacancy.EmployerId).Select(e => e.Name).SingleAsync());
        var (recruiter, recruiterId) = await RecruiterAsync(name, vacancy.EmployerId);
        var (worker, workerId) = await WorkerAsync(name);
        var applied = await PostAsync(worker, $"/vacancies/{vacancy.Id.Value}/apply", [], $"/vacancies/{vacancy.Id.Value}");
        Assert.Equal("/my/applications?applied=1", applied.Headers.Location!.OriginalString);
        var applicationId = await QueryAsync(d => (from a in d.Applications
                                            join w in d.Workers on a.WorkerId equals w.Id
                                            where w.UserId == workerId && a.VacancyId == vacancy.Id
                                            select a.Id.Value).SingleAsync());
        var email = await QueryAsync(async _ =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByIdAsync(workerId))!.Email!;
        });
        return new Scenario(worker, workerId, email, recruiter, recruiterId, vacancy.EmployerId, business, vacancy.Id.Value, vacancy.Title, applicationId);
    }

    private async Task<(HttpClient Browser, string UserId)> WorkerAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"msg-{name}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true, PreferredCulture = "ar" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Worker);
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        db.Workers.Add(Worker.Register(new WorkerProfile
        {
            DisplayName = WorkerName,
            Phone = PhoneNumber.Create(WorkerPhone).Value,
            NationalityCode = "SY",
            ProtectionStatus = ProtectionStatus.TemporaryProtection,
            ProtectionRegisteredOn = new DateOnly(2019, 3, 1),
            RegisteredProvinceCode = 34,
            AvailableFrom = new DateOnly(2026, 1, 1),
        }, user.Id, TimeProvider.System.GetUtcNow()).Value);
        await db.SaveChangesAsync();
        var browser = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(browser, login, Password)).StatusCode);
        return (browser, user.Id);
    }

    /// <summary>A recruiter (no MFA needed, unlike owners) of the given business.</summary>
    private async Task<(HttpClient Browser, string UserId)> RecruiterAsync(string name, EmployerId employer)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"msg-rec-{name}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true, PreferredCulture = "tr" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.EmployerRecruiter);
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        db.EmployerMembers.Add(Domain.Employers.EmployerMember.Invite(employer, user.Id, TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();
        var browser = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(browser, login, Password)).StatusCode);
        return (browser, user.Id);
    }

    /// <summary>A case worker of our own with an authenticator of its own (the demo one's codes run out under parallel tests).</summary>
    private async Task<HttpClient> CaseWorkerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"msg-cw-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.CaseWorker);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }

    private Task<Guid> VersionAsync(Guid applicationId) =>
        QueryAsync(d => d.Applications.Where(a => a.Id == new JobApplicationId(applicationId)).Select(a => a.Version).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<LabourHubDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LabourHubDbContext>());
    }

    /// <summary>Posts a form as the browser would, with the antiforgery token of <paramref name="pageWithToken"/> (the target's page by default).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, Dictionary<string, string> fields, string? pageWithToken = null)
    {
        var page = await browser.GetStringAsync(pageWithToken ?? url.Split('?')[0].Replace("/report", string.Empty, StringComparison.Ordinal));
        fields["__RequestVerificationToken"] = IdentityPortalFactory.Token(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
