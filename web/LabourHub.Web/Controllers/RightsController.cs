using LabourHub.Application.Protection.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Controllers;

/// <summary>Workers' rights at work in Türkiye, short and plain, every fact dated and sourced; linked from every page.</summary>
[AllowAnonymous]
public sealed class RightsController(GetRightsHandler rights) : Controller
{
    [HttpGet("/rights")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await rights.HandleAsync(cancellationToken));
}
