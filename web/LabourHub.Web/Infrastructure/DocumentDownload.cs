using LabourHub.Application.Workers.Documents;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Sends a stored document as a download with its sniffed type: never cached, and sandboxed so a browser cannot run it
/// as a page of the portal. Every document endpoint (the worker's own, the case worker's, a placement's) uses it.
/// </summary>
public static class DocumentDownload
{
    public static FileContentResult Download(this ControllerBase controller, DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(file);
        controller.Response.Headers.CacheControl = "private, no-store";
        controller.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return controller.File(file.Content, file.ContentType, file.FileName);
    }
}
