namespace LabourHub.Application.Marketplace.GetProvinceOverview;

/// <summary>
/// Supply and demand in one province. Counts of people under <see cref="GetProvinceOverviewHandler.SuppressBelow"/>
/// are null, so no page can single anyone out.
/// </summary>
public sealed record ProvinceFigures(int ProvinceCode, string ProvinceName, int? RegisteredWorkers, int OpenVacancies, int OpenPositions);
