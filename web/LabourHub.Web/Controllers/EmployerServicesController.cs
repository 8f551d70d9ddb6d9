using System.Globalization;
using LabourHub.Application.Support.Services;
using LabourHub.Identity.Accounts;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// The services catalogue: prices with the voucher share, an order sent to Stripe Checkout, the business's orders and
/// receipts. Coming back from Checkout only shows the order: the verified webhook is what marks it paid.
/// </summary>
[Authorize(Roles = Roles.EmployerOwner + "," + Roles.EmployerRecruiter)]
[Route("employer/services")]
public sealed class EmployerServicesController(ServiceOrdersHandler orders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await orders.CatalogueAsync(Caller, cancellationToken));

    [HttpPost("order")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Order([FromForm] string? service, [FromForm] int quantity, CancellationToken cancellationToken)
    {
        var origin = $"{Request.Scheme}://{Request.Host}";
        var urls = new CheckoutUrls(
            id => $"{origin}/employer/services/orders/{id}?returned=1",
            id => $"{origin}/employer/services/orders/{id}?cancelled=1",
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "tr" or "en" ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "auto");
        var placed = await orders.OrderAsync(Caller, service ?? string.Empty, quantity, urls, cancellationToken);
        if (placed.Problem is { } problem)
        {
            return LocalRedirect($"/employer/services?problem={Uri.EscapeDataString(problem)}");
        }

        // 303: the browser follows with GET, to Stripe's hosted page or straight to the order when the voucher paid it all.
        Response.StatusCode = StatusCodes.Status303SeeOther;
        Response.Headers.Location = placed.CheckoutUrl?.ToString() ?? $"/employer/services/orders/{placed.OrderId}";
        return new EmptyResult();
    }

    [HttpGet("orders")]
    public async Task<IActionResult> Orders([FromQuery] int page = 1, CancellationToken cancellationToken = default) =>
        View(new OrdersViewModel(await orders.MyOrdersAsync(Caller, page, cancellationToken), Administrator: false));

    [HttpGet("orders/{id:guid}")]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.MyOrderAsync(Caller, id, cancellationToken);
        return order is null ? NotFound() : View(order);
    }

    private string Caller => User.FindFirst("sub")?.Value ?? string.Empty;
}
