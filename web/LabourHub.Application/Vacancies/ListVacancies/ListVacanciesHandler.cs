using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Vacancies.ListVacancies;

/// <summary>Pages through open vacancies, newest first, with simple filters straight from the database.</summary>
public sealed class ListVacanciesHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue)
{
    /// <summary>Name of the folded-text shadow column that persistence keeps on vacancies.</summary>
    public const string SearchTextProperty = "SearchText";

    public async Task<PagedResult<VacancySummary>> HandleAsync(ListVacanciesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Paging.IsValid(query.Page, query.PageSize))
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page or page size out of range; validate before calling.");
        }

        var vacancies = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open);
        var folded = TextFolding.Fold(query.Text?.Trim());
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5))
        {
            vacancies = vacancies.Where(v => EF.Property<string>(v, SearchTextProperty).Contains(word));
        }

        if (query.ProvinceCode is { } province)
        {
            vacancies = vacancies.Where(v => v.ProvinceCode == province);
        }

        if (!string.IsNullOrWhiteSpace(query.IscoPrefix))
        {
            var prefix = query.IscoPrefix.Trim();
            vacancies = vacancies.Where(v => v.IscoCode.StartsWith(prefix));
        }

        var rows = from v in vacancies
                   join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                   select new { Vacancy = v, e.Name, e.NaceSection };
        if (!string.IsNullOrWhiteSpace(query.NaceSection))
        {
            var section = query.NaceSection.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.NaceSection == section);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows
            .OrderByDescending(r => r.Vacancy.PostedAt)
            .ThenBy(r => r.Vacancy.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        var language = CultureLanguage.Current;
        var items = page.Select(r => VacancyMapping.ToSummary(r.Vacancy, r.Name, catalogue, language)).ToList();
        return new PagedResult<VacancySummary>(items, total, query.Page, query.PageSize);
    }
}
