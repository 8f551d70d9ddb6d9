using System.Net;
using LabourHub.Domain.CaseWork;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>A worker asks a person to review the automated ranking; their case worker answers; nobody else can.</summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Matching")]
public sealed class RankingReviewTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task A_review_request_reaches_the_assigned_case_worker_whose_answer_the_worker_reads()
    {
        var (worker, userId) = await WorkerJourney.SignUpAsync(portal, "en");
        await WorkerJourney.CreateProfileAsync(worker);
        var (caseWorker, caseWorkerId) = await WorkerJourney.CaseWorkerAsync(portal);
        var (stranger, _) = await WorkerJourney.CaseWorkerAsync(portal);
        Guid workerId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            var id = await db.Workers.Where(w => w.UserId == userId).Select(w => w.Id).SingleAsync();
            workerId = id.Value;
            db.CaseAssignments.Add(CaseAssignment.Assign(caseWorkerId, id, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var page = await worker.GetStringAsync("/worker/jobs?culture=en");
        Assert.Contains("Ask a person to review", page, StringComparison.Ordinal);
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page), ["message"] = "Why no welding jobs in Gaziantep? <b>" };
        Assert.Equal("/worker/jobs?review=asked#review", (await worker.PostAsync("/worker/jobs/review", new FormUrlEncodedContent(form))).Headers.Location!.OriginalString);
        await worker.PostAsync("/worker/jobs/review", new FormUrlEncodedContent(form)); // asking again while waiting changes nothing
        Assert.Contains("waiting for an answer", await worker.GetStringAsync("/worker/jobs?culture=en"), StringComparison.Ordinal);

        var desk = await caseWorker.GetStringAsync("/caseworker/reviews?culture=en");
        Assert.Contains("Why no welding jobs in Gaziantep? &lt;b&gt;", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("Why no welding jobs", await stranger.GetStringAsync("/caseworker/reviews"), StringComparison.Ordinal);
        Guid requestId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var requests = await scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().RankingReviews.Where(r => r.WorkerId == new Domain.Identifiers.WorkerId(workerId)).ToListAsync();
            requestId = Assert.Single(requests).Id;
        }

        var strangerAnswer = await stranger.PostAsync($"/caseworker/reviews/{requestId}/answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(await stranger.GetStringAsync("/caseworker/reviews")),
            ["answer"] = "forged",
        }));
        Assert.Equal(HttpStatusCode.NotFound, strangerAnswer.StatusCode);

        var answered = await caseWorker.PostAsync($"/caseworker/reviews/{requestId}/answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(desk),
            ["answer"] = "Your profile has no welding skill yet; add it and the welding jobs rank first.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Answer: Your profile has no welding skill yet", await worker.GetStringAsync("/worker/jobs?culture=en"), StringComparison.Ordinal);
    }
}
