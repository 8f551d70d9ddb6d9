using System.Net;
using LabourHub.Identity.Accounts;
using LabourHub.Infrastructure.Matching.Models;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Matching.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>
/// The admin model page on the shared portal, where no model is ever trained: the baseline serves and says why, a
/// promoted model of another feature schema is refused, and nobody but an administrator with MFA gets in.
/// </summary>
[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Matching")]
public sealed class AdminModelPageTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Serving_WithNoModel_IsTheBaseline_AndAPromotedModelOfAnotherSchemaIsRefused()
    {
        var serving = portal.Services.GetRequiredService<ServingRankerProvider>();
        var (admin, _) = await WorkerJourney.StaffAsync(portal, Roles.Admin);

        var before = await serving.RefreshAsync(CancellationToken.None);
        var page = await admin.GetStringAsync("/admin/models?culture=en");

        Assert.IsType<BaselineRanker>(before.Ranker);
        Assert.Equal("no_model", before.Reason);
        Assert.Contains("No model has beaten the baseline yet", page, StringComparison.Ordinal);
        Assert.Contains("Retrain now", page, StringComparison.Ordinal);

        // A model promoted by an engine with other features (as after an upgrade that added one) must not serve.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabourHubDbContext>();
            db.Add(new MatchingModelVersion("20990101T000000000Z", DateTimeOffset.UtcNow, "0123456789abcdef", 100, 10, promoted: true, "promoted", "{}", [1, 2, 3], null));
            await db.SaveChangesAsync();
        }

        var after = await serving.RefreshAsync(CancellationToken.None);
        page = await admin.GetStringAsync("/admin/models?culture=en");

        Assert.IsType<BaselineRanker>(after.Ranker);
        Assert.Equal("schema_mismatch", after.Reason);
        Assert.Contains("was trained on other features and was refused", page, StringComparison.Ordinal);
        Assert.Contains("20990101T000000000Z", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelPage_ForAnAnalystOrAWorker_IsRefused_AndAnonymousIsSentToSignIn()
    {
        var (analyst, _) = await WorkerJourney.StaffAsync(portal, Roles.MinistryAnalyst);
        var (worker, _) = await WorkerJourney.SignUpAsync(portal, "en");

        foreach (var browser in new[] { analyst, worker })
        {
            var page = await browser.GetAsync("/admin/models");
            Assert.True(page.StatusCode is HttpStatusCode.Forbidden || (page.StatusCode == HttpStatusCode.Redirect && page.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)),
                $"Got {page.StatusCode} {page.Headers.Location}");
            var start = await browser.PostAsync("/admin/models/retrain", new FormUrlEncodedContent([]));
            Assert.NotEqual(HttpStatusCode.OK, start.StatusCode);
            Assert.False(start.StatusCode == HttpStatusCode.Redirect && start.Headers.Location!.OriginalString.StartsWith("/admin/models", StringComparison.Ordinal));
        }

        var anonymous = await portal.Browser().GetAsync("/admin/models");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.DoesNotContain(scope.ServiceProvider.GetRequiredService<LabourHubDbContext>().Set<ModelTrainingRun>(), r => r.Status == ModelTrainingRun.Queued);
    }
}
