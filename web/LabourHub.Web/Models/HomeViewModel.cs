using LabourHub.Application.Marketplace.GetMarketplaceCounts;
using LabourHub.Application.Vacancies;

namespace LabourHub.Web.Models;

public sealed record HomeViewModel(MarketplaceCounts Counts, IReadOnlyList<VacancySummary> Latest);
