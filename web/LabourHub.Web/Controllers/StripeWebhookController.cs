using System.Text;
using LabourHub.Application.Support.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>
/// Stripe's webhook endpoint (configure https://your-host/webhooks/stripe in the Stripe dashboard). The signature is
/// checked over the raw body before anything is parsed; a forged or stale delivery gets 400 and changes nothing.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiController]
[Route("webhooks/stripe")]
public sealed class StripeWebhookController(IPaymentEventReader reader, PaymentEventsHandler events) : ControllerBase
{
    /// <summary>Stripe's events are a few kilobytes; anything this large is not one.</summary>
    private const int MaxBody = 256 * 1024;

    [HttpPost("")]
    [RequestSizeLimit(MaxBody)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        string body;
        using (var text = new StreamReader(Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false))
        {
            body = await text.ReadToEndAsync(cancellationToken);
        }

        var reading = reader.Read(body, Request.Headers["Stripe-Signature"].ToString());
        return reading.Problem switch
        {
            PaymentEventProblem.None => Ok(new { received = true, outcome = (await events.ApplyAsync(reading.Event!, cancellationToken)).ToString() }),
            PaymentEventProblem.NotConfigured => Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Webhooks are not configured (Stripe:WebhookSecret)."),
            PaymentEventProblem.StaleTimestamp => Problem(statusCode: StatusCodes.Status400BadRequest, title: "The signature's timestamp is outside the tolerance."),
            PaymentEventProblem.Malformed => Problem(statusCode: StatusCodes.Status400BadRequest, title: "The event could not be parsed."),
            _ => Problem(statusCode: StatusCodes.Status400BadRequest, title: "The signature does not match."),
        };
    }
}
