using System.Net;
using System.Text.RegularExpressions;
using LabourHub.Identity.Tests;
using Microsoft.Playwright;
using static LabourHub.E2E.Browsing;

namespace LabourHub.E2E;

/// <summary>
/// An SME buys a service in the browser: the catalogue, Stripe's hosted Checkout (a stand-in page: no request leaves
/// the machine), the return to the portal which still waits, Stripe's signed webhook, then the paid receipt.
/// </summary>
[Collection(E2ETestGroup.Name)]
[Trait("Capability", "E2E")]
public sealed partial class ServicePurchaseJourney(E2EPortal portal)
{
    [SkippableFact]
    public async Task A_business_buys_a_service_through_stripe_checkout_and_gets_a_receipt_once_stripe_confirms()
    {
        E2EPortal.SkipWithoutBrowser();
        var owner = await portal.BusinessOwnerAsync();
        var page = await portal.PageAsync();
        await SignInAsync(page, owner.Login, owner.Password, owner.TotpKey);

        // Stripe's hosted page is played by a local stand-in: the portal's 303 to checkout.stripe.com is caught (a
        // redirect's target cannot be routed) and answered with a page that sends the buyer back as Stripe would.
        string? checkoutUrl = null;
        await page.Context.RouteAsync("**/employer/services/order", async route =>
        {
            var response = await route.FetchAsync(new RouteFetchOptions { MaxRedirects = 0 });
            var location = response.Headers.TryGetValue("location", out var l) ? l : string.Empty;
            if (!location.StartsWith("https://checkout.stripe.com/", StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Response = response });
                return;
            }

            checkoutUrl = location;
            var session = FakeStripeApi.Shared.Sessions.Values.Single(s => location.EndsWith(s.Id, StringComparison.Ordinal));
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html",
                Body = $"<!doctype html><html lang=en><title>Stripe Checkout (test)</title><main><h1>Pay</h1><a id=paid href=\"{session.SuccessUrl}\">Pay</a></main></html>",
            });
        });

        await page.GotoAsync("/employer/services?culture=tr");
        await AssertAccessibleAsync(page);
        await portal.ScreenshotAsync(page, "journey-services-tr-390");
        await page.Locator("form[action='/employer/services/order']:has(input[value=permit-filing]) button").ClickAsync();
        await page.Locator("#paid").WaitForAsync();
        Assert.NotNull(checkoutUrl);
        var session = FakeStripeApi.Shared.Sessions.Values.Single(s => checkoutUrl.EndsWith(s.Id, StringComparison.Ordinal));
        Assert.Equal(150_000, session.Amount);

        // Back from Checkout: the order is shown as waiting; the browser's return is not a payment.
        await page.ClickAsync("#paid");
        await page.WaitForURLAsync(new Regex("/employer/services/orders/"), Loaded);
        Assert.Contains("Stripe", await page.Locator("main .alert-info").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotMatch(ReceiptNumber(), await page.ContentAsync());

        // Stripe's signed webhook arrives; the page then shows the paid receipt.
        var body = FakeStripeApi.SessionEvent($"evt_{Guid.NewGuid():N}", "checkout.session.completed", session, "paid");
        using var client = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        Assert.Equal(HttpStatusCode.OK, (await FakeStripeApi.DeliverAsync(client, body, FakeStripeApi.Sign(body, DateTimeOffset.UtcNow))).StatusCode);
        await page.ReloadAsync();
        Assert.Matches(ReceiptNumber(), await page.ContentAsync());
        Assert.Contains("Ödendi", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);
        await portal.ScreenshotAsync(page, "journey-receipt-tr-390");
    }

    [GeneratedRegex(@"LH-\d{8}-[0-9A-F]{8}")]
    private static partial Regex ReceiptNumber();
}
