using System.Globalization;
using System.Net;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// Protection end to end over HTTP: red-flag screening holds a vacancy for review (the employer is told why, workers
/// cannot see it, a case worker publishes it), a flagged message reaches the worker with a warning and the queue with
/// a copy, reports get a severity and a deadline, ILO indicators escalate and pause the business's vacancies, the
/// business never learns who reported, and the rights page states dated facts in four languages. Each scenario uses
/// a business of its own, so pausing never touches the demo data other tests read.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Protection")]
public sealed class ProtectionTests(IdentityPortalFactory portal)
{
    private const string Password = "protect the workers";
    private const string WorkerName = "Zeynep Bildiren";

    [Fact]
    public async Task A_vacancy_asking_for_a_spaced_out_deposit_is_held_the_employer_sees_why_workers_cannot_see_it_and_a_case_worker_publishes_it()
    {
        var b = await BusinessAsync("held");
        var id = await DraftAsync(b.Browser, "Depo görevlisi", "Kayıtlı iş. İşe girişte d e p o z i t o alınır, ilk maaştan iade edilir.");

        var published = await PostAsync(b.Browser, $"/employer/vacancies/{id}/publish", [], $"/employer/vacancies/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/employer/vacancies/{id}/edit?held=1", published.Headers.Location!.OriginalString);

        var employerPage = await b.Browser.GetStringAsync($"/employer/vacancies/{id}/edit?culture=en");
        Assert.Contains("Held for review", employerPage, StringComparison.Ordinal);
        Assert.Contains("It asks the worker for a deposit or guarantee", employerPage, StringComparison.Ordinal);
        var turkish = await b.Browser.GetStringAsync($"/employer/vacancies/{id}/edit?culture=tr");
        Assert.Contains("Çalışandan depozito, kapora veya teminat istiyor", WebUtility.HtmlDecode(turkish), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Browser().GetAsync($"/vacancies/{id}")).StatusCode);

        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.VacancyId == new VacancyId(id)));
        Assert.Equal(ReportSource.Screening, report.Source);
        Assert.Equal(ReportSubject.Vacancy, report.Subject);
        Assert.Equal([RedFlagCategory.Deposit], report.Flags);
        Assert.Equal(ReportSeverity.Medium, report.Severity);
        Assert.Equal(report.ReportedAt + TimeSpan.FromDays(5), report.RespondBy);

        var caseWorker = await CaseWorkerAsync();
        var queue = await caseWorker.GetStringAsync("/caseworker/reports?culture=en");
        Assert.Contains($"/caseworker/reports/{report.Id}", queue, StringComparison.Ordinal);
        var detail = await caseWorker.GetStringAsync($"/caseworker/reports/{report.Id}?culture=en");
        Assert.Contains("No problem: publish the vacancy", detail, StringComparison.Ordinal);

        var approved = await PostAsync(caseWorker, $"/caseworker/reports/{report.Id}/approve", new() { ["note"] = "Refundable tool deposit removed by phone; text is fine." }, $"/caseworker/reports/{report.Id}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(VacancyStatus.Open, await QueryAsync(d => d.Vacancies.Where(v => v.Id == new VacancyId(id)).Select(v => v.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await portal.Browser().GetAsync($"/vacancies/{id}")).StatusCode);
        var actions = await QueryAsync(d => d.ReportActions.Where(a => a.ReportId == report.Id).OrderBy(a => a.At).Select(a => a.Kind).ToListAsync());
        Assert.Equal(["filed", "vacancy_approved"], actions);
        Assert.NotNull(await QueryAsync(d => d.AbuseReports.Where(r => r.Id == report.Id).Select(r => r.HandledAt).SingleAsync()));
    }

    [Fact]
    public async Task A_held_vacancy_edited_to_honest_text_goes_back_to_draft_and_publishes_and_a_case_worker_can_send_one_back()
    {
        var b = await BusinessAsync("edit-held");
        var id = await DraftAsync(b.Browser, "Tarım işçisi", "Pasaportunuzu işveren tutar. Sigortasız çalışma.");
        await PostAsync(b.Browser, $"/employer/vacancies/{id}/publish", [], $"/employer/vacancies/{id}/edit");
        var held = await QueryAsync(d => d.Vacancies.SingleAsync(v => v.Id == new VacancyId(id)));
        Assert.Equal(VacancyStatus.HeldForReview, held.Status);
        Assert.Equal([RedFlagCategory.DocumentsKept, RedFlagCategory.NoInsurance], held.Flags.Order(StringComparer.Ordinal));
        Assert.Equal(ReportSeverity.High, await QueryAsync(d => d.AbuseReports.Where(r => r.VacancyId == new VacancyId(id)).Select(r => r.Severity).SingleAsync()));

        var fields = Form("Tarım işçisi", "Sözleşmeli, SGK'lı iş. Belgeleriniz sizde kalır.");
        var edited = await PostAsync(b.Browser, $"/employer/vacancies/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(VacancyStatus.Draft, await QueryAsync(d => d.Vacancies.Where(v => v.Id == new VacancyId(id)).Select(v => v.Status).SingleAsync()));
        var published = await PostAsync(b.Browser, $"/employer/vacancies/{id}/publish", [], $"/employer/vacancies/{id}/edit");
        Assert.Equal("/employer/vacancies?published=1", published.Headers.Location!.OriginalString);

        var second = await DraftAsync(b.Browser, "Bahçe işçisi", "Work without a contract, cash in hand.");
        await PostAsync(b.Browser, $"/employer/vacancies/{second}/publish", [], $"/employer/vacancies/{second}/edit");
        var reportId = await QueryAsync(d => d.AbuseReports.Where(r => r.VacancyId == new VacancyId(second)).Select(r => r.Id).SingleAsync());
        var caseWorker = await CaseWorkerAsync();
        var returned = await PostAsync(caseWorker, $"/caseworker/reports/{reportId}/return", new() { ["note"] = "Called the owner: a contract is required." }, $"/caseworker/reports/{reportId}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(VacancyStatus.Draft, await QueryAsync(d => d.Vacancies.Where(v => v.Id == new VacancyId(second)).Select(v => v.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_flagged_message_is_delivered_with_a_warning_to_the_worker_only_and_copied_to_the_case_worker_queue()
    {
        var b = await BusinessAsync("message");
        var vacancy = await OpenVacancyAsync(b.EmployerId, "Konfeksiyon işçisi");
        var (worker, _) = await WorkerAsync("message");
        var applicationId = await ApplyAsync(worker, vacancy);

        var sent = await PostAsync(b.Browser, $"/employer/applications/{applicationId}/messages", new() { ["body"] = "İlk gün kimliğinizi teslim edin, iş bitince geri veririz." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var workerPage = WebUtility.HtmlDecode(await worker.GetStringAsync($"/my/applications/{applicationId}/messages?culture=ar"));
        Assert.Contains("İlk gün kimliğinizi teslim edin", workerPage, StringComparison.Ordinal);
        Assert.Contains("انتبه: قد تخالف هذه الرسالة حقوقك.", workerPage, StringComparison.Ordinal);
        Assert.Contains("لا يحق لأحد حجز وثائق هوية العامل", workerPage, StringComparison.Ordinal);
        var employerPage = await b.Browser.GetStringAsync($"/employer/applications/{applicationId}/messages?culture=en");
        Assert.DoesNotContain("may go against your rights", employerPage, StringComparison.Ordinal);

        var message = await QueryAsync(d => d.Messages.SingleAsync(m => m.ApplicationId == new JobApplicationId(applicationId)));
        Assert.Equal([RedFlagCategory.DocumentsKept], message.Flags);
        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.MessageId == message.Id));
        Assert.Equal(ReportSource.Screening, report.Source);
        Assert.Equal(ReportSeverity.High, report.Severity);
        Assert.Equal(report.ReportedAt + TimeSpan.FromDays(2), report.RespondBy);

        // What the worker writes is the worker's own: not screened, no copy.
        await PostAsync(worker, $"/my/applications/{applicationId}/messages", new() { ["body"] = "Kimliğimi teslim etmek istemiyorum." });
        Assert.Equal(1, await QueryAsync(d => d.AbuseReports.CountAsync(r => r.ApplicationId == new JobApplicationId(applicationId))));
    }

    [Theory]
    [InlineData("threats", ReportSeverity.Critical, 1)]
    [InlineData("fees_asked", ReportSeverity.High, 2)]
    [InlineData("false_job", ReportSeverity.Medium, 5)]
    public async Task A_worker_reports_a_vacancy_and_the_report_gets_a_severity_and_deadline_from_its_reason(string reason, ReportSeverity severity, int days)
    {
        var b = await BusinessAsync("route-" + reason);
        var vacancy = await OpenVacancyAsync(b.EmployerId, "Temizlik görevlisi");
        var (worker, workerUserId) = await WorkerAsync("route-" + reason);

        var form = WebUtility.HtmlDecode(await worker.GetStringAsync($"/report/vacancy/{vacancy}?culture=fa"));
        Assert.Contains("💸", form, StringComparison.Ordinal);
        Assert.Contains("به کسب‌وکار هرگز گفته نمی‌شود", form, StringComparison.Ordinal);
        var sent = await PostAsync(worker, $"/report/vacancy/{vacancy}", new() { ["reason"] = reason, ["comment"] = "—" });
        Assert.Equal($"/report/vacancy/{vacancy}?sent=1", sent.Headers.Location!.OriginalString);

        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.VacancyId == new VacancyId(vacancy)));
        Assert.Equal(ReportSubject.Vacancy, report.Subject);
        Assert.Equal(ReportSource.Person, report.Source);
        Assert.Equal(workerUserId, report.ReporterUserId);
        Assert.Equal(b.EmployerId, report.EmployerId);
        Assert.Equal(severity, report.Severity);
        Assert.Equal(report.ReportedAt + TimeSpan.FromDays(days), report.RespondBy);

        var caseWorker = await CaseWorkerAsync();
        Assert.Contains($"/caseworker/reports/{report.Id}", await caseWorker.GetStringAsync("/caseworker/reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_are_refused_without_a_reason_and_placements_only_by_their_own_people()
    {
        var b = await BusinessAsync("refuse");
        var vacancy = await OpenVacancyAsync(b.EmployerId, "Aşçı yardımcısı");
        var (worker, _) = await WorkerAsync("refuse");

        var noReason = await PostAsync(worker, $"/report/vacancy/{vacancy}", new() { ["comment"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, $"/report/vacancy/{Guid.NewGuid()}", new() { ["reason"] = "other" }, $"/report/vacancy/{vacancy}")).StatusCode);
        var placement = await QueryAsync(d => d.Placements.Select(p => p.Id.Value).FirstOrDefaultAsync());
        if (placement != Guid.Empty)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, $"/report/placement/{placement}", new() { ["reason"] = "other" }, $"/report/vacancy/{vacancy}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await portal.Browser().GetAsync($"/report/vacancy/{vacancy}")).StatusCode);
    }

    [Fact]
    public async Task An_overdue_report_is_marked_in_the_queue()
    {
        var b = await BusinessAsync("overdue");
        var filed = AbuseReport.FileAbout(ReportSubject.Employer, b.EmployerId, null, null, null, "someone", MessageSide.Worker, "threats", null, TimeProvider.System.GetUtcNow().AddDays(-3)).Value;
        await QueryAsync(async d =>
        {
            d.AbuseReports.Add(filed);
            return await d.SaveChangesAsync();
        });

        var caseWorker = await CaseWorkerAsync();
        var detail = await caseWorker.GetStringAsync($"/caseworker/reports/{filed.Id}?culture=en");
        Assert.Contains("Overdue", detail, StringComparison.Ordinal);
        Assert.Contains("Critical", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ilo_indicators_escalate_the_case_pause_every_open_vacancy_block_publishing_and_closing_the_case_resumes_them()
    {
        var b = await BusinessAsync("escalate");
        var first = await OpenVacancyAsync(b.EmployerId, "Seracılık işçisi");
        var second = await OpenVacancyAsync(b.EmployerId, "Paketleme işçisi");
        var draft = await DraftAsync(b.Browser, "Sera bakım işçisi", "Kayıtlı, sözleşmeli iş.");
        var (worker, _) = await WorkerAsync("escalate");
        await PostAsync(worker, $"/report/employer/{b.EmployerId.Value}", new() { ["reason"] = "documents_retained", ["comment"] = "They keep our kimlik cards in the office." }, $"/report/vacancy/{first}");
        var report = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.EmployerId == b.EmployerId));
        Assert.Equal(ReportSubject.Employer, report.Subject);

        var caseWorker = await CaseWorkerAsync();
        var detail = await caseWorker.GetStringAsync($"/caseworker/reports/{report.Id}?culture=en");
        Assert.Equal(11, ForcedLabourIndicator.All.Count(code => detail.Contains($"value=\"{code}\"", StringComparison.Ordinal)));
        var token = IdentityPortalFactory.Token(detail);
        var ticked = await caseWorker.PostAsync($"/caseworker/reports/{report.Id}/indicators", new FormUrlEncodedContent(
        [
            new("indicators", "retention_of_documents"),
            new("indicators", "restriction_of_movement"),
            new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);

        var escalated = await QueryAsync(d => d.AbuseReports.SingleAsync(r => r.Id == report.Id));
        Assert.True(escalated.IsEscalated);
        Assert.Equal(ReportSeverity.Critical, escalated.Severity);
        Assert.Equal(["restriction_of_movement", "retention_of_documents"], escalated.IndicatorCodes);
        Assert.True(escalated.RespondBy <= escalated.EscalatedAt!.Value + TimeSpan.FromHours(24));
        var statuses = await QueryAsync(d => d.Vacancies.Where(v => v.EmployerId == b.EmployerId).Select(v => new { v.Id, v.Status }).ToListAsync());
        Assert.All(statuses.Where(s => s.Id.Value != draft), s => Assert.Equal(VacancyStatus.Paused, s.Status));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Browser().GetAsync($"/vacancies/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Browser().GetAsync($"/vacancies/{second}")).StatusCode);

        var blocked = await PostAsync(b.Browser, $"/employer/vacancies/{draft}/publish", [], $"/employer/vacancies/{draft}/edit?culture=en");
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        Assert.Contains("paused while a case worker looks into a concern", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await b.Browser.GetStringAsync("/employer/vacancies?culture=en");
        Assert.Contains("Paused", list, StringComparison.Ordinal);

        var resumed = await PostAsync(caseWorker, $"/caseworker/reports/{report.Id}/resume", new() { ["note"] = "Documents returned in front of the case worker; follow-up visit booked." }, $"/caseworker/reports/{report.Id}");
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.Browser().GetAsync($"/vacancies/{first}")).StatusCode);
        var kinds = await QueryAsync(d => d.ReportActions.Where(a => a.ReportId == report.Id).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Kind).ToListAsync());
        Assert.Equal(["filed", "indicators", "escalated", "vacancies_paused", "handled", "vacancies_resumed"], kinds);
    }

    [Fact]
    public async Task The_business_never_learns_who_reported_from_any_page_or_api_it_can_reach()
    {
        var b = await BusinessAsync("anonymous");
        var vacancy = await OpenVacancyAsync(b.EmployerId, "Dikiş makinesi operatörü");
        var (worker, workerUserId) = await WorkerAsync("anonymous");
        var applicationId = await ApplyAsync(worker, vacancy);
        var code = applicationId.ToString("N")[^6..].ToUpperInvariant();
        await PostAsync(b.Browser, $"/employer/applications/{applicationId}/messages", new() { ["body"] = "Merhaba, ne zaman başlayabilirsiniz?" });
        var notificationsBefore = await QueryAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == b.UserId));
        const string Comment = "GIZLI-YORUM they asked me for money";

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"/my/applications/{applicationId}/messages/report", new() { ["reason"] = "fees_asked", ["comment"] = Comment }, $"/my/applications/{applicationId}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"/report/vacancy/{vacancy}", new() { ["reason"] = "fees_asked", ["comment"] = Comment })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"/report/employer/{b.EmployerId.Value}", new() { ["reason"] = "threats", ["comment"] = Comment }, $"/report/vacancy/{vacancy}")).StatusCode);
        Assert.Equal(3, await QueryAsync(d => d.AbuseReports.CountAsync(r => r.EmployerId == b.EmployerId && r.ReporterUserId == workerUserId)));

        Assert.Equal(notificationsBefore, await QueryAsync(d => d.Notifications.CountAsync(n => n.RecipientUserId == b.UserId)));
        string[] pages =
        [
            "/employer/vacancies", $"/employer/vacancies/{vacancy}/edit", $"/employer/vacancies/{vacancy}/applicants",
            $"/employer/applications/{applicationId}/messages", "/notifications", "/api/v1/me/notifications",
            $"/api/v1/employers/{b.EmployerId.Value}", $"/vacancies/{vacancy}", "/employer/candidates",
        ];
        foreach (var culture in new[] { "en", "tr" })
        {
            foreach (var page in pages)
            {
                var response = await b.Browser.GetAsync($"{page}?culture={culture}");
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{page}: {response.StatusCode}");
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.DoesNotContain("GIZLI-YORUM", html, StringComparison.Ordinal);
                Assert.DoesNotContain(WorkerName, html, StringComparison.Ordinal);
                Assert.DoesNotContain(workerUserId, html, StringComparison.Ordinal);
                Assert.DoesNotContain("reported by the", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("çalışan bildirdi", html, StringComparison.OrdinalIgnoreCase);
                if (page.Contains("/messages", StringComparison.Ordinal))
                {
                    Assert.Contains(code, html, StringComparison.Ordinal);
                    Assert.DoesNotContain("Thank you. A LabourHub case worker", html, StringComparison.Ordinal);
                }
            }
        }

        // The business's staff pages are closed to it; the trust panel shows a count and nothing else.
        Assert.NotEqual(HttpStatusCode.OK, (await b.Browser.GetAsync("/caseworker/reports")).StatusCode);
        var publicPage = WebUtility.HtmlDecode(await portal.Browser().GetStringAsync($"/vacancies/{vacancy}?culture=en"));
        Assert.Contains("Open reports: 3", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("GIZLI-YORUM", publicPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "rtl", "حقوقك في العمل في تركيا")]
    [InlineData("fa", "rtl", "حقوق شما در کار در ترکیه")]
    [InlineData("tr", "ltr", "Türkiye'de çalışırken haklarınız")]
    [InlineData("en", "ltr", "Your rights at work in Türkiye")]
    public async Task The_rights_page_states_dated_sourced_facts_in_four_languages_and_every_page_links_to_it(string culture, string direction, string title)
    {
        var page = WebUtility.HtmlDecode(await portal.Browser().GetStringAsync($"/rights?culture={culture}"));

        Assert.Contains($"dir=\"{direction}\"", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:170\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:157\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\"", page, StringComparison.Ordinal);
        Assert.Contains("Law 5510 Art. 8", page, StringComparison.Ordinal);
        Assert.Contains("2016/8375", page, StringComparison.Ordinal);
        Assert.Contains("SGK Tescil ve Hizmet Dökümü", page, StringComparison.Ordinal);
        var wage = await QueryAsync(async d => (await d.MinimumWages.ToListAsync()).OrderByDescending(w => w.ValidFrom).First());
        var amount = wage.NetMonthly.Lira.ToString("N0", CultureInfo.InvariantCulture);
        Assert.True(page.Contains(amount, StringComparison.Ordinal) || page.Contains(amount.Replace(',', '.'), StringComparison.Ordinal), $"the minimum wage {amount} is on the page");

        Assert.Contains(wage.Source, page, StringComparison.Ordinal);
        foreach (var other in new[] { "/", "/vacancies", "/privacy" })
        {
            Assert.Contains("href=\"/rights\"", await portal.Browser().GetStringAsync($"{other}?culture={culture}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_trust_panel_shows_verification_hires_registered_with_sgk_and_time_on_the_platform()
    {
        var b = await BusinessAsync("trust");
        var vacancy = await OpenVacancyAsync(b.EmployerId, "Forklift operatörü");
        var page = WebUtility.HtmlDecode(await portal.Browser().GetStringAsync($"/vacancies/{vacancy}?culture=en"));

        Assert.Contains("Verified by a case worker", page, StringComparison.Ordinal);
        Assert.Contains("No hires through LabourHub yet", page, StringComparison.Ordinal);
        Assert.Contains("Open reports: 0", page, StringComparison.Ordinal);
        Assert.Contains("On LabourHub since", page, StringComparison.Ordinal);
        Assert.Contains($"/report/employer/{b.EmployerId.Value}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_adds_and_switches_off_a_rule_and_screening_follows_at_once()
    {
        var admin = await StaffAsync(Roles.Admin);
        var page = await admin.GetStringAsync("/admin/red-flags?category=deposit&culture=en");
        Assert.Contains("depozito*", page, StringComparison.Ordinal);

        var bad = await PostAsync(admin, "/admin/red-flags", new() { ["Category"] = "recruitment_fee", ["Language"] = "tr", ["Kind"] = "Pattern", ["Pattern"] = "(unclosed" }, "/admin/red-flags?culture=en");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("This regular expression is not valid.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var phrase = $"eleman{Random.Shared.Next(1000, 9999)} bulma bedeli*";
        var added = await PostAsync(admin, "/admin/red-flags", new() { ["Category"] = "recruitment_fee", ["Language"] = "tr", ["Kind"] = "Phrase", ["Pattern"] = phrase }, "/admin/red-flags");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var ruleId = await QueryAsync(d => d.RedFlagRules.Where(r => r.Pattern == phrase).Select(r => r.Id).SingleAsync());
        var tried = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/red-flags?text={Uri.EscapeDataString(phrase.Replace("*", "sı", StringComparison.Ordinal).ToUpperInvariant())}&culture=en"));
        Assert.Contains("Recruitment fee", tried, StringComparison.Ordinal);

        var b = await BusinessAsync("admin-rule");
        var text = $"Temizlik işi. {phrase.Replace("*", "si", StringComparison.Ordinal)} 300 TL.";
        var held = await DraftAsync(b.Browser, "Temizlik görevlisi", text);
        await PostAsync(b.Browser, $"/employer/vacancies/{held}/publish", [], $"/employer/vacancies/{held}/edit");
        Assert.Equal(VacancyStatus.HeldForReview, await QueryAsync(d => d.Vacancies.Where(v => v.Id == new VacancyId(held)).Select(v => v.Status).SingleAsync()));

        var off = await PostAsync(admin, $"/admin/red-flags/{ruleId}", new() { ["Category"] = "recruitment_fee", ["Language"] = "tr", ["Kind"] = "Phrase", ["Pattern"] = phrase, ["Active"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var open = await DraftAsync(b.Browser, "Temizlik görevlisi", text);
        var published = await PostAsync(b.Browser, $"/employer/vacancies/{open}/publish", [], $"/employer/vacancies/{open}/edit");
        Assert.Equal("/employer/vacancies?published=1", published.Headers.Location!.OriginalString);

        Assert.NotEqual(HttpStatusCode.OK, (await b.Browser.GetAsync("/admin/red-flags")).StatusCode);
    }

    [SkippableFact]
    public async Task A_case_worker_opens_one_case_per_placement_for_the_ilo_checklist_and_an_unknown_placement_is_not_found()
    {
        var caseWorker = await CaseWorkerAsync();
        var unknown = await PostAsync(caseWorker, $"/caseworker/reports/placement/{Guid.NewGuid()}", [], "/caseworker/reports");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var placement = await QueryAsync(d => d.Placements.Select(p => new { Id = p.Id.Value, p.EmployerId }).FirstOrDefaultAsync());
        Skip.If(placement is null, "No placement in the shared database yet (the workflow tests create them).");
        var first = await PostAsync(caseWorker, $"/caseworker/reports/placement/{placement.Id}", [], "/caseworker/reports");
        var second = await PostAsync(caseWorker, $"/caseworker/reports/placement/{placement.Id}", [], "/caseworker/reports");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var detail = WebUtility.HtmlDecode(await caseWorker.GetStringAsync(first.Headers.Location!.OriginalString + "?culture=en"));
        Assert.Contains("Debt bondage", detail, StringComparison.Ordinal);
        Assert.Contains($"/placements/{placement.Id}", detail, StringComparison.Ordinal);
    }

    private sealed record Business(HttpClient Browser, string UserId, EmployerId EmployerId);

    /// <summary>A verified business of its own with a recruiter (recruiters need no MFA) signed in.</summary>
    private async Task<Business> BusinessAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(1, 10).ToString(CultureInfo.InvariantCulture)));
        var vkn = TaxNumber.Create(nine + TaxNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture)).Value;
        var employer = Employer.Register(vkn, $"Koruma Test {name} Ltd", "14.13", "C", 27, null, 30, 2, null, TimeProvider.System.GetUtcNow()).Value;
        employer.MarkVerified();
        db.Employers.Add(employer);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"prot-rec-{name}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true, PreferredCulture = "tr" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.EmployerRecruiter);
        db.EmployerMembers.Add(EmployerMember.Invite(employer.Id, user.Id, TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();
        var browser = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(browser, login, Password)).StatusCode);
        return new Business(browser, user.Id, employer.Id);
    }

    private async Task<Guid> OpenVacancyAsync(EmployerId employer, string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        var wage = Domain.Reference.MinimumWage.InForce(await db.MinimumWages.ToListAsync(), DateOnly.FromDateTime(now.UtcDateTime))!;
        var vacancy = Vacancy.Post(employer, new VacancyDetails
        {
            Title = title,
            Description = "Kayıtlı, sözleşmeli, SGK'lı iş.",
            Occupation = IscoCode.Create("9329", scope.ServiceProvider.GetRequiredService<LabourHub.Application.Reference.IReferenceCatalogue>()).Value,
            ProvinceCode = 27,
            WageMin = wage.NetMonthly,
            WageMax = wage.NetMonthly,
            Positions = 2,
            Shift = Shift.Day,
            Languages = [],
            Translations = [],
            EssentialSkillUris = [],
            OptionalSkillUris = [],
        }, wage, now).Value;
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy.Id.Value;
    }

    private static async Task<Guid> DraftAsync(HttpClient browser, string title, string description)
    {
        var created = await PostAsync(browser, "/employer/vacancies/new", Form(title, description));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.ToString().Split('?')[0].Split('/')[3]);
    }

    private static Dictionary<string, string> Form(string title, string description) => new()
    {
        ["Title"] = title,
        ["Description"] = description,
        ["IscoCode"] = "9329",
        ["ProvinceCode"] = "27",
        ["WageMin"] = "40000",
        ["WageMax"] = "45000",
        ["Positions"] = "2",
        ["Shift"] = "Day",
        ["Languages[0].Code"] = "tr",
        ["Languages[0].Level"] = "A2",
    };

    private async Task<Guid> ApplyAsync(HttpClient worker, Guid vacancy)
    {
        var applied = await PostAsync(worker, $"/vacancies/{vacancy}/apply", [], $"/vacancies/{vacancy}");
        Assert.Equal("/my/applications?applied=1", applied.Headers.Location!.OriginalString);
        return await QueryAsync(d => d.Applications.Where(a => a.VacancyId == new VacancyId(vacancy)).Select(a => a.Id.Value).SingleAsync());
    }

    private async Task<(HttpClient Browser, string UserId)> WorkerAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var login = $"prot-{name}-{Guid.NewGuid():N}@example.org";
        var user = new LabourHubUser { UserName = login, Email = login, EmailConfirmed = true, PreferredCulture = "ar" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Worker);
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        db.Workers.Add(Worker.Register(new WorkerProfile
        {
            DisplayName = WorkerName,
            Phone = PhoneNumber.Create("+905327778899").Value,
            NationalityCode = "SY",
            ProtectionStatus = ProtectionStatus.TemporaryProtection,
            ProtectionRegisteredOn = new DateOnly(2019, 3, 1),
            RegisteredProvinceCode = 27,
            AvailableFrom = new DateOnly(2026, 1, 1),
        }, user.Id, TimeProvider.System.GetUtcNow()).Value);
        await db.SaveChangesAsync();
        var browser = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(browser, login, Password)).StatusCode);
        return (browser, user.Id);
    }

    /// <summary>A case worker with an authenticator of its own (the demo one's codes run out under parallel tests).</summary>
    private Task<HttpClient> CaseWorkerAsync() => StaffAsync(Roles.CaseWorker);

    /// <summary>A staff member of the role, signed in with a second factor.</summary>
    private async Task<HttpClient> StaffAsync(string role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"prot-cw-{Guid.NewGuid():N}@example.org" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode);
        return browser;
    }

    private async Task<T> QueryAsync<T>(Func<LabourHubDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LabourHubDbContext>());
    }

    /// <summary>Posts a form as the browser would, with the antiforgery token of <paramref name="pageWithToken"/> (the target's page by default).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, Dictionary<string, string> fields, string? pageWithToken = null)
    {
        var page = await browser.GetStringAsync(pageWithToken ?? url.Split('?')[0]);
        fields["__RequestVerificationToken"] = IdentityPortalFactory.Token(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
