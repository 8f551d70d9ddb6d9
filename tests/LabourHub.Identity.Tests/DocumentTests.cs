using System.Net;
using System.Text;
using LabourHub.Domain.CaseWork;
using LabourHub.Domain.Documents;
using LabourHub.Domain.Privacy;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Server;
using LabourHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>Documents: what is accepted, what is removed from it, who may read it; and skills proposed from a CV.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Marketplace")]
public sealed class DocumentTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_pdf_cv_is_kept_served_only_to_its_owner_and_its_skills_are_proposed_for_the_worker_to_confirm()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal, "en");
        await WorkerJourney.CreateProfileAsync(browser);
        var cv = SampleFiles.Pdf("Ahmad Haddad, welder\nEight years: weld metal pieces, use welding equipment.\nAlso: read standard blueprints and monitor gauges.");

        var uploaded = await WorkerJourney.UploadAsync(browser, "Cv", "C:\\Users\\ahmad\\cv <2024>.pdf", cv);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var document = await OnlyDocumentAsync(userId);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal("cv 2024.pdf", document.FileName); // no path, no markup characters
        var download = await browser.GetAsync($"/my/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(cv, await download.Content.ReadAsByteArrayAsync());

        var proposals = await browser.GetStringAsync($"/my/profile/skills?cv={document.Id}");
        Assert.Contains("Skills found in your CV", proposals, StringComparison.Ordinal);
        Assert.Contains("use welding equipment", proposals, StringComparison.Ordinal);
        Assert.Contains("monitor gauge", proposals, StringComparison.Ordinal);
        var found = System.Text.RegularExpressions.Regex.Count(proposals, "id=\"cv-[^\"]+\" checked");
        Assert.True(found >= 2, $"only {found} skills proposed");
        Assert.Empty((await WorkerAsync(userId)).SkillUris); // nothing is added until the worker confirms

        var other = portal.Browser();
        await IdentityPortalFactory.SignInAsync(other, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/profile/skills?cv={document.Id}")).StatusCode);
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var denied = await recruiter.GetAsync($"/my/documents/{document.Id}");
        Assert.StartsWith("/account/denied", denied.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Browser().GetAsync($"/documents/{document.WorkerId.Value:N}/{document.Id:N}.bin")).StatusCode);
    }

    [Fact]
    public async Task A_renamed_executable_an_oversized_file_and_an_empty_upload_are_refused_with_a_message_and_nothing_is_stored()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal, "tr");
        await WorkerJourney.CreateProfileAsync(browser);

        var disguised = await WorkerJourney.UploadAsync(browser, "Cv", "cv.pdf", SampleFiles.Executable());
        var oversized = await WorkerJourney.UploadAsync(browser, "Diploma", "diploma.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[(int)WorkerDocument.MaxBytes]]);
        var empty = await WorkerJourney.UploadAsync(browser, "Cv", "empty.pdf", []);

        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("PDF, JPEG veya PNG değil", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("sınır 5 MB", await oversized.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var worker = (await WorkerAsync(userId)).Id;
        Assert.False(await db.WorkerDocuments.AnyAsync(d => d.WorkerId == worker));
        Assert.False(Directory.Exists(Path.Combine(DataFolder, "documents", worker.Value.ToString("N"))) && Directory.EnumerateFiles(Path.Combine(DataFolder, "documents", worker.Value.ToString("N"))).Any());
    }

    [Fact]
    public async Task A_photo_loses_its_exif_and_comments_but_keeps_its_picture_and_erasure_deletes_the_file()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal, "ar");
        await WorkerJourney.CreateProfileAsync(browser);
        var photo = SampleFiles.JpegWithExif();

        Assert.Equal(HttpStatusCode.Redirect, (await WorkerJourney.UploadAsync(browser, "Diploma", "diploma.jpg", photo, "image/jpeg")).StatusCode);

        var document = await OnlyDocumentAsync(userId);
        var stored = await (await browser.GetAsync($"/my/documents/{document.Id}")).Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(stored);
        Assert.Equal("image/jpeg", document.ContentType);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GPSLatitude", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sahinbey", text, StringComparison.Ordinal);
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        Assert.Equal(photo[^12..], stored[^12..]); // the scan data is copied byte for byte
        Assert.Equal(stored.Length, document.SizeBytes);

        var file = Path.Combine(DataFolder, "documents", document.WorkerId.Value.ToString("N"), document.Id.ToString("N") + ".bin");
        Assert.True(File.Exists(file));
        var data = await browser.GetStringAsync("/account/data");
        var erased = await browser.PostAsync("/account/data/erase", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(data),
            ["Confirm"] = "true",
            ["Password"] = WorkerJourney.Password,
        }));
        Assert.True(erased.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"erasure answered {(int)erased.StatusCode}");
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task The_assigned_case_worker_reads_verifies_and_notes_only_with_consent_and_other_case_workers_get_404()
    {
        var (browser, userId) = await WorkerJourney.SignUpAsync(portal, "en");
        await WorkerJourney.CreateProfileAsync(browser);
        WorkerJourney.Ok(await WorkerJourney.UploadAsync(browser, "Diploma", "diploma.pdf", SampleFiles.Pdf("Vocational diploma")));
        var document = await OnlyDocumentAsync(userId);
        var (caseWorker, caseWorkerId) = await WorkerJourney.CaseWorkerAsync(portal);
        var (stranger, _) = await WorkerJourney.CaseWorkerAsync(portal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            db.CaseAssignments.Add(CaseAssignment.Assign(caseWorkerId, document.WorkerId, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var url = $"/caseworker/workers/{document.WorkerId.Value}";
        Assert.Equal(HttpStatusCode.NotFound, (await caseWorker.GetAsync(url)).StatusCode); // no consent yet
        Assert.Contains("Has not agreed to case-worker help", await caseWorker.GetStringAsync("/caseworker/workers?culture=en"), StringComparison.Ordinal);

        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "visibility", (nameof(ConsentPurpose.CaseWorkerAccess), "true")));
        var page = await caseWorker.GetStringAsync(url + "?culture=en");
        Assert.Contains("Ahmad Haddad", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await caseWorker.GetAsync($"{url}/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{url}/documents/{document.Id}")).StatusCode);

        var token = IdentityPortalFactory.Token(page);
        var noReason = await caseWorker.PostAsync($"{url}/documents/{document.Id}/decision", Form(token, ("verified", "false"), ("note", "")));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseWorker.PostAsync($"{url}/documents/{document.Id}/decision", Form(token, ("verified", "true")))).StatusCode);
        Assert.Equal(DocumentVerification.Verified, (await OnlyDocumentAsync(userId)).Verification);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"{url}/documents/{document.Id}/decision", Form(IdentityPortalFactory.Token(await stranger.GetStringAsync("/caseworker/workers")), ("verified", "false"), ("note", "forged")))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await caseWorker.PostAsync($"{url}/notes", Form(token, ("body", "Called him: <b>diploma</b> original seen.")))).StatusCode);
        var withNote = await caseWorker.GetStringAsync(url);
        Assert.Contains("Called him: &lt;b&gt;diploma&lt;/b&gt; original seen.", withNote, StringComparison.Ordinal);
        Assert.Contains("Checked by a case worker", await browser.GetStringAsync("/my/profile/documents?culture=en"), StringComparison.Ordinal);

        // The person's own view and the employer-facing API never carry case notes.
        var recruiter = portal.Browser();
        await IdentityPortalFactory.SignInAsync(recruiter, "recruiter@demo.labourhub.example", IdentitySeeder.DemoPassword);
        var employerView = await recruiter.GetAsync($"/api/v1/workers/{document.WorkerId.Value}");
        Assert.DoesNotContain("original seen", await employerView.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("original seen", await browser.GetStringAsync("/my/profile"), StringComparison.Ordinal);

        // Withdrawing consent closes the case to the case worker at once.
        WorkerJourney.Ok(await WorkerJourney.StepAsync(browser, "visibility", (nameof(ConsentPurpose.Matching), "true")));
        Assert.Equal(HttpStatusCode.NotFound, (await caseWorker.GetAsync(url)).StatusCode);
    }

    private string DataFolder => Path.GetDirectoryName(portal.MailFolder)!;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private async Task<WorkerDocument> OnlyDocumentAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
        var worker = db.Workers.Where(w => w.UserId == userId).Select(w => w.Id);
        return await db.WorkerDocuments.AsNoTracking().SingleAsync(d => worker.Contains(d.WorkerId));
    }

    private async Task<Domain.Workers.Worker> WorkerAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Workers.AsNoTracking().SingleAsync(w => w.UserId == userId);
    }
}
