using LabourHub.Application.Common;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Protection.Trust;

/// <summary>The trust signals of one business (see <see cref="EmployerTrust"/>). Reports filed by screening are not counted: they are about text, not conduct.</summary>
public sealed class EmployerTrustQuery(ILabourHubDbContext db)
{
    /// <summary>Placements that got as far as a signed contract: the ones that should reach SGK registration.</summary>
    private static readonly PlacementStatus[] Contracted =
    [
        PlacementStatus.ContractSigned, PlacementStatus.PermitFiled, PlacementStatus.PermitGranted, PlacementStatus.SgkNoticeFiled,
        PlacementStatus.Active, PlacementStatus.Ended, PlacementStatus.PermitRefused,
    ];

    public async Task<EmployerTrust?> ForAsync(EmployerId employer, CancellationToken cancellationToken)
    {
        var business = await db.Employers.AsNoTracking().Where(e => e.Id == employer).Select(e => new { e.Verification, e.RegisteredAt }).FirstOrDefaultAsync(cancellationToken);
        if (business is null)
        {
            return null;
        }

        var placements = db.Placements.AsNoTracking().Where(p => p.EmployerId == employer);
        var registered = await placements.CountAsync(p => p.SgkFiledOn != null, cancellationToken);
        var hires = await placements.CountAsync(p => Contracted.Contains(p.Status), cancellationToken);
        var open = await db.AbuseReports.AsNoTracking().CountAsync(r => r.EmployerId == employer && r.HandledAt == null && r.Source == ReportSource.Person, cancellationToken);
        return new EmployerTrust(business.Verification == VerificationStatus.Verified, registered, hires, open, business.RegisteredAt);
    }
}
