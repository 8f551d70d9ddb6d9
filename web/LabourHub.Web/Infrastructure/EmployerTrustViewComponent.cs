using LabourHub.Application.Protection.Trust;
using LabourHub.Domain.Identifiers;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Infrastructure;

/// <summary>The trust signals of a business, shown to workers beside its vacancies.</summary>
public sealed class EmployerTrustViewComponent(EmployerTrustQuery trust) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid employerId)
    {
        var signals = await trust.ForAsync(new EmployerId(employerId), HttpContext.RequestAborted);
        return signals is null ? Content(string.Empty) : View(signals);
    }
}
