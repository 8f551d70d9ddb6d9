using LabourHub.Application.Marketplace.GetMarketplaceCounts;
using LabourHub.Application.Marketplace.GetProvinceOverview;

namespace LabourHub.Web.Models;

/// <summary>A landing page for one audience (worker, employer, case worker, ministry, admin).</summary>
public sealed record AudienceViewModel(Audience Audience, MarketplaceCounts Counts, IReadOnlyList<ProvinceFigures> Provinces);
