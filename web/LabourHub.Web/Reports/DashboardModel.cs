using LabourHub.Application.Reference;
using LabourHub.Application.Reports;

namespace LabourHub.Web.Reports;

public sealed record DashboardModel(ReportSnapshot Snapshot, MapModel Map, IReferenceCatalogue Catalogue);

public sealed record SupplyModel(int? Province, string? Sector, IReadOnlyList<SupplyGroup> Groups, IReadOnlyList<SupplyRow> Lines, DateTimeOffset ComputedAt, IReferenceCatalogue Catalogue);
