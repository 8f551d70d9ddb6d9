using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Employers.SearchCandidates;

/// <summary>
/// The employer's candidate search. The index query carries the caller's access (discoverable people, and people
/// who applied to the caller's businesses); the cards are then read from the database, which checks the same rule
/// again, so a person who withdrew since the index was updated is not shown. When the index cannot answer, the
/// database answers with the same access rule and filters.
/// </summary>
public sealed class SearchCandidatesHandler(ILabourHubDbContext db, ICandidateIndex index, IReferenceCatalogue catalogue, EligibilityRules rules, TimeProvider clock)
{
    public async Task<CandidateSearchResult?> HandleAsync(CandidateSearchQuery query, string callerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var employers = await CallerBusinesses.Of(db, callerUserId).ToListAsync(cancellationToken);
        if (employers.Count == 0)
        {
            return null;
        }

        var language = CultureLanguage.Current;
        long total;
        IReadOnlyList<(Guid WorkerId, double? DistanceKm)> hits;
        var fromIndex = true;
        try
        {
            (total, hits) = await index.SearchAsync(query, new CandidateAccess(employers.Select(e => e.Value).ToList()), language, cancellationToken);
        }
        catch (SearchIndexUnavailableException)
        {
            fromIndex = false;
            (total, hits) = await FromDatabaseAsync(query, employers, cancellationToken);
        }

        var cards = await CardsAsync(hits, employers, language, cancellationToken);
        return new CandidateSearchResult(cards, total, query.Page, query.PageSize, fromIndex);
    }

    private async Task<List<CandidateCard>> CardsAsync(IReadOnlyList<(Guid WorkerId, double? DistanceKm)> hits, List<EmployerId> employers, string language, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => new WorkerId(h.WorkerId)).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id.Value, cancellationToken);
        var applicants = (await AppliedTo(employers).Where(a => ids.Contains(a)).ToListAsync(cancellationToken)).Select(a => a.Value).ToHashSet();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return hits
            .Where(h => workers.TryGetValue(h.WorkerId, out var w) && (w.Discoverable || applicants.Contains(h.WorkerId)))
            .Select(h =>
            {
                var w = workers[h.WorkerId];
                return new CandidateCard(
                    w.Id.Value,
                    w.OccupationCodes.Select(code => catalogue.OccupationTitle(code, language)).ToList(),
                    w.SkillUris.Count,
                    w.Languages.Select(l => $"{l.LanguageCode} {l.Level.Code}").ToList(),
                    catalogue.ProvinceName(w.RegisteredProvinceCode),
                    w.ExperienceYears,
                    w.Education.ToString(),
                    w.AvailableFrom,
                    w.WillingToRelocate,
                    rules.WaitingPeriodOver(w.ProtectionRegisteredOn, today),
                    applicants.Contains(h.WorkerId),
                    h.DistanceKm);
            })
            .ToList();
    }

    private async Task<(long, IReadOnlyList<(Guid, double?)>)> FromDatabaseAsync(CandidateSearchQuery query, List<EmployerId> employers, CancellationToken cancellationToken)
    {
        var applicants = AppliedTo(employers);
        var workers = db.Workers.AsNoTracking().Where(w => w.Discoverable || applicants.Contains(w.Id));
        if (query.ProvinceCode is { } province)
        {
            workers = workers.Where(w => w.RegisteredProvinceCode == province);
        }

        // Occupations, languages and words live in JSON columns: filtered here, on the rows the access rule let through.
        var rows = await workers.OrderByDescending(w => w.UpdatedAt).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var words = TextFolding.Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var matching = rows
            .Where(w => !query.PermitReadyOnly || rules.WaitingPeriodOver(w.ProtectionRegisteredOn, today))
            .Where(w => query.IscoPrefix is null || w.OccupationCodes.Any(c => c.StartsWith(query.IscoPrefix, StringComparison.Ordinal)))
            .Where(w => query.LanguageCode is null || w.Languages.Any(l => l.LanguageCode == query.LanguageCode))
            .Where(w => words.Length == 0 || words.All(word => w.OccupationCodes.Any(c => TextFolding.Fold(catalogue.OccupationTitle(c, "tr") + " " + catalogue.OccupationTitle(c, "en") + " " + catalogue.OccupationTitle(c, "ar")).Contains(word, StringComparison.Ordinal))))
            .Select(w => (w.Id.Value, query.Near is { } near ? catalogue.LocationOf(w.RegisteredProvinceCode, null).DistanceKmTo(near.Latitude, near.Longitude) : (double?)null))
            .Where(x => query.Near is null || x.Item2 <= query.Near.RadiusKm)
            .ToList();
        return (matching.Count, matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList());
    }

    private IQueryable<WorkerId> AppliedTo(List<EmployerId> employers) =>
        from a in db.Applications
        join v in db.Vacancies on a.VacancyId equals v.Id
        where employers.Contains(v.EmployerId) && a.Status != ApplicationStatus.Withdrawn
        select a.WorkerId;
}
