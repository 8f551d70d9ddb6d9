using System.Globalization;
using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Vacancies.SearchVacancies;

/// <summary>
/// The vacancy search answered by the database alone: the fallback when the search engine is down, with the same
/// filters and facet counts (whole words on folded text instead of ranked, typo-tolerant search; newest first).
/// </summary>
public sealed class DatabaseVacancySearch(ILabourHubDbContext db, IReferenceCatalogue catalogue, TimeProvider clock)
{
    /// <summary>Name of the folded-text shadow column that persistence keeps on vacancies.</summary>
    public const string SearchTextProperty = "SearchText";

    private const string CursorPrefix = "db.";

    public async Task<VacancyIndexPage> SearchAsync(VacancySearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query.After is null ? query.Page : PageFromCursor(query.After);
        var rows = Filtered(query);
        if (query.Near is { } near)
        {
            return await WithinCircleAsync(rows, near, query, page, cancellationToken);
        }

        var total = await rows.LongCountAsync(cancellationToken);
        var facets = new Dictionary<string, IReadOnlyList<(string, long)>>(StringComparer.Ordinal);
        foreach (var facet in query.Facets.Intersect(VacancyFacets.All))
        {
            facets[facet] = facet switch
            {
                VacancyFacets.Province => (await rows.GroupBy(r => r.ProvinceCode).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
                    .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Count)).ToList(),
                VacancyFacets.Sector => (await rows.GroupBy(r => r.NaceSection).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
                    .Select(g => (g.Key ?? string.Empty, g.Count)).ToList(),
                _ => (await rows.GroupBy(r => r.IscoCode).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
                    .Select(g => (g.Key, g.Count)).ToList(),
            };
        }

        var ids = await rows
            .OrderByDescending(r => r.PostedAt)
            .ThenBy(r => r.Id)
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var hits = ids.Select(id => new VacancyIndexHit(id.Value, null, new Dictionary<string, string>())).ToList();
        return new VacancyIndexPage(total, hits, Sorted(facets), Next(page, query.PageSize, total));
    }

    /// <summary>The exact distance needs each vacancy's place: the filtered rows are read lightly and measured here.</summary>
    private async Task<VacancyIndexPage> WithinCircleAsync(IQueryable<Row> rows, GeoCircle near, VacancySearchQuery query, int page, CancellationToken cancellationToken)
    {
        var light = await rows.Select(r => new { r.Id, r.ProvinceCode, r.District, r.IscoCode, r.NaceSection, r.PostedAt }).ToListAsync(cancellationToken);
        var inside = light
            .Select(r => (Row: r, Km: catalogue.LocationOf(r.ProvinceCode, r.District).DistanceKmTo(near.Latitude, near.Longitude)))
            .Where(r => r.Km <= near.RadiusKm)
            .ToList();
        var ordered = query.Sort == VacancySort.Distance
            ? inside.OrderBy(r => r.Km).ThenBy(r => r.Row.Id.Value)
            : inside.OrderByDescending(r => r.Row.PostedAt).ThenBy(r => r.Row.Id.Value);
        var facets = new Dictionary<string, IReadOnlyList<(string, long)>>(StringComparer.Ordinal);
        foreach (var facet in query.Facets.Intersect(VacancyFacets.All))
        {
            facets[facet] = inside
                .GroupBy(r => facet switch
                {
                    VacancyFacets.Province => r.Row.ProvinceCode.ToString(CultureInfo.InvariantCulture),
                    VacancyFacets.Sector => r.Row.NaceSection ?? string.Empty,
                    _ => r.Row.IscoCode,
                })
                .Select(g => (g.Key, (long)g.Count()))
                .ToList();
        }

        var hits = ordered
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(r => new VacancyIndexHit(r.Row.Id.Value, Math.Round(r.Km, 3), new Dictionary<string, string>()))
            .ToList();
        return new VacancyIndexPage(inside.Count, hits, Sorted(facets), Next(page, query.PageSize, inside.Count));
    }

    private IQueryable<Row> Filtered(VacancySearchQuery query)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var vacancies = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open && (v.ClosesOn == null || v.ClosesOn >= today));
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
                   select new Row { Id = v.Id, ProvinceCode = v.ProvinceCode, District = v.District, IscoCode = v.IscoCode, NaceSection = e.NaceSection, PostedAt = v.PostedAt };
        if (!string.IsNullOrWhiteSpace(query.NaceSection))
        {
            var section = query.NaceSection.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.NaceSection == section);
        }

        return rows;
    }

    private static Dictionary<string, IReadOnlyList<(string Value, long Count)>> Sorted(Dictionary<string, IReadOnlyList<(string Value, long Count)>> facets) =>
        facets.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<(string, long)>)pair.Value.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);

    private static string? Next(int page, int pageSize, long total) =>
        (long)page * pageSize < total ? CursorPrefix + (page + 1).ToString(CultureInfo.InvariantCulture) : null;

    private static int PageFromCursor(string cursor) =>
        cursor.StartsWith(CursorPrefix, StringComparison.Ordinal)
        && int.TryParse(cursor.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
        && page is >= 1 and <= Paging.MaxPage
            ? page
            : throw new SearchQueryRejectedException("Search.CursorExpired");

    private sealed class Row
    {
        public required Domain.Identifiers.VacancyId Id { get; init; }
        public required int ProvinceCode { get; init; }
        public required string? District { get; init; }
        public required string IscoCode { get; init; }
        public required string? NaceSection { get; init; }
        public required DateTimeOffset PostedAt { get; init; }
    }
}
