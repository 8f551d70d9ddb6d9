using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using LabourHub.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Controllers;

/// <summary>What the worker's and the employer's thread pages share: read, post, report, with "not found" for outsiders.</summary>
internal static class ThreadActions
{
    public static async Task<IActionResult> ShowAsync(Controller page, ThreadHandler threads, MessageSide side, Guid applicationId, string basePath, int pageNumber, CancellationToken cancellationToken)
    {
        var thread = await threads.ReadAsync(applicationId, side, Caller(page), pageNumber, cancellationToken);
        return thread is null ? page.NotFound() : page.View("~/Views/Messages/Thread.cshtml", new ThreadPageViewModel(thread, basePath, null));
    }

    public static async Task<IActionResult> PostAsync(Controller page, ThreadHandler threads, IStringLocalizer<SharedResource> localizer, MessageSide side, Guid applicationId, string basePath, string? body, CancellationToken cancellationToken)
    {
        var problem = await threads.PostAsync(applicationId, side, Caller(page), body, cancellationToken);
        if (problem is null)
        {
            return page.LocalRedirect($"{basePath}?sent=1");
        }

        if (problem == "application.not_found")
        {
            return page.NotFound();
        }

        page.ModelState.AddModelError("body", localizer["DomainError." + problem]);
        page.Response.StatusCode = problem == "message.closed" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var thread = (await threads.ReadAsync(applicationId, side, Caller(page), 1, cancellationToken))!;
        return page.View("~/Views/Messages/Thread.cshtml", new ThreadPageViewModel(thread, basePath, body));
    }

    public static async Task<IActionResult> ReportAsync(Controller page, ThreadHandler threads, IStringLocalizer<SharedResource> localizer, MessageSide side, Guid applicationId, string basePath, string? reason, string? comment, CancellationToken cancellationToken)
    {
        var problem = await threads.ReportAsync(applicationId, side, Caller(page), reason, comment, cancellationToken);
        if (problem is null)
        {
            return page.LocalRedirect($"{basePath}?reported=1");
        }

        if (problem == "application.not_found")
        {
            return page.NotFound();
        }

        page.ModelState.AddModelError("reason", localizer["DomainError." + problem]);
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        var thread = (await threads.ReadAsync(applicationId, side, Caller(page), 1, cancellationToken))!;
        return page.View("~/Views/Messages/Thread.cshtml", new ThreadPageViewModel(thread, basePath, null));
    }

    private static string Caller(Controller page) => page.User.FindFirst("sub")?.Value ?? string.Empty;
}
