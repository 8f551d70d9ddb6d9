using System.Globalization;
using LabourHub.Application.Reference;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.Persistence;
using LabourHub.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Search;

/// <summary>
/// Reads the current state of vacancies and workers and turns it into search documents. A candidate document holds
/// only what an employer may see (occupations, skills, languages, province, education, experience, availability,
/// permit readiness): never a name, contact, nationality, gender, age or document. Its access tags say who may find
/// it: "discoverable" when the worker chose to be found, and "employer:{id}" for every employer they applied to.
/// </summary>
public sealed class SearchDocumentFactory(LabourHubDbContext db, IReferenceCatalogue catalogue, EligibilityRules rules, TimeProvider clock)
{
    public const string Discoverable = "discoverable";

    /// <summary>The languages ISCO-08 titles exist in here (Persian readers find them through the English and Arabic titles).</summary>
    private static readonly string[] TitleLanguages = ["tr", "ar", "en"];

    public static string EmployerTag(Guid employerId) => "employer:" + employerId.ToString("D");

    /// <summary>Documents for the vacancies that are open; the ids of the rest (closed, filled, gone) to delete.</summary>
    public async Task<(List<SearchDocument> Upserts, List<string> Deletes)> VacanciesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select(id => new VacancyId(id)).ToList();
        var rows = await (from v in db.Vacancies.AsNoTracking()
                          join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
                          where keys.Contains(v.Id)
                          select new { Vacancy = v, e.Name, e.NaceSection }).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var upserts = rows.Where(r => r.Vacancy.IsOpenOn(today)).Select(r => Vacancy(r.Vacancy, r.Name, r.NaceSection)).ToList();
        var kept = upserts.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (upserts, ids.Select(Key).Where(id => !kept.Contains(id)).ToList());
    }

    /// <summary>Every open vacancy, a batch at a time, for a rebuild.</summary>
    public async IAsyncEnumerable<List<SearchDocument>> AllVacanciesAsync(int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open).Select(v => v.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Select(i => i.Value).Chunk(batchSize))
        {
            yield return (await VacanciesAsync(chunk, cancellationToken)).Upserts;
        }
    }

    public async Task<(List<SearchDocument> Upserts, List<string> Deletes)> CandidatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select(id => new WorkerId(id)).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => keys.Contains(w.Id)).ToListAsync(cancellationToken);
        var applied = (await (from a in db.Applications.AsNoTracking()
                              join v in db.Vacancies.AsNoTracking() on a.VacancyId equals v.Id
                              where keys.Contains(a.WorkerId) && a.Status != ApplicationStatus.Withdrawn
                              select new { a.WorkerId, v.EmployerId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.WorkerId, a => a.EmployerId.Value);
        var skillUris = workers.SelectMany(w => w.SkillUris).Distinct().ToList();
        var skills = await db.EscoSkills.AsNoTracking().Where(s => skillUris.Contains(s.Uri)).ToDictionaryAsync(s => s.Uri, s => s.PreferredLabel, cancellationToken);

        var upserts = new List<SearchDocument>(workers.Count);
        foreach (var worker in workers)
        {
            var access = applied[worker.Id].Distinct().Select(EmployerTag).ToList();
            if (worker.Discoverable)
            {
                access.Add(Discoverable);
            }

            // Nobody may find a worker who neither applied anywhere nor chose to be found: keep no document at all.
            if (access.Count > 0)
            {
                upserts.Add(Candidate(worker, access, skills));
            }
        }

        var kept = upserts.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (upserts, ids.Select(Key).Where(id => !kept.Contains(id)).ToList());
    }

    public async IAsyncEnumerable<List<SearchDocument>> AllCandidatesAsync(int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await db.Workers.AsNoTracking().Select(w => w.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Select(i => i.Value).Chunk(batchSize))
        {
            yield return (await CandidatesAsync(chunk, cancellationToken)).Upserts;
        }
    }

    /// <summary>ISCO-08 groups (levels 3 and 4, in Turkish, Arabic and English) and ESCO occupations, for autocomplete.</summary>
    public async Task<List<SearchDocument>> OccupationsAsync(CancellationToken cancellationToken)
    {
        var groups = await db.IscoGroups.AsNoTracking().Where(g => g.Level >= 3).ToListAsync(cancellationToken);
        var esco = await db.EscoOccupations.AsNoTracking().Select(o => new { o.Uri, o.IscoCode, o.PreferredLabel, o.AltLabels }).ToListAsync(cancellationToken);
        var documents = groups.Select(g => new SearchDocument
        {
            Id = "isco:" + g.Code,
            Texts = [new SearchText("label", g.TitleTr, "tr"), new SearchText("label", g.TitleAr, "ar"), new SearchText("label", g.TitleEn, "en")],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["isco"] = [g.Code], ["kind"] = ["isco"] },
        }).ToList();
        documents.AddRange(esco.Select(o => new SearchDocument
        {
            Id = "esco:" + o.Uri,
            Texts = [new SearchText("label", o.PreferredLabel, "en"), .. o.AltLabels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3).Select(a => new SearchText("alt", a, "en"))],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["isco"] = [o.IscoCode], ["kind"] = ["esco"], ["uri"] = [o.Uri] },
        }));
        return documents;
    }

    public static string Key(Guid id) => id.ToString("D");

    /// <summary>The public vacancy document: title, description, occupation titles and employer name; no person.</summary>
    public SearchDocument Vacancy(Vacancy vacancy, string employerName, string naceSection)
    {
        var language = LooksArabic(vacancy.Title) ? "ar" : "tr";
        var place = catalogue.LocationOf(vacancy.ProvinceCode, vacancy.District);
        var keywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["province"] = [vacancy.ProvinceCode.ToString(CultureInfo.InvariantCulture)],
            ["sector"] = [naceSection],
            ["isco"] = [vacancy.IscoCode],
            ["shift"] = [vacancy.Shift.ToString()],
            ["language"] = vacancy.Languages.Select(l => l.LanguageCode).ToList(),
        };
        if (!string.IsNullOrWhiteSpace(vacancy.District))
        {
            keywords["district"] = [vacancy.District];
        }

        return new SearchDocument
        {
            Id = Key(vacancy.Id.Value),
            Texts =
            [
                new SearchText("title", vacancy.Title, language),
                new SearchText("body", vacancy.Description, LooksArabic(vacancy.Description) ? "ar" : language),
                .. OccupationTexts(vacancy.IscoCode),
                new SearchText("employer", employerName, "tr"),
            ],
            Keywords = keywords,
            Date = vacancy.PostedAt,
            Location = new GeoPoint(place.Latitude, place.Longitude),
        };
    }

    /// <summary>The restricted candidate document with its access tags; <paramref name="skills"/> maps ESCO skill URIs to labels.</summary>
    public SearchDocument Candidate(Worker worker, IReadOnlyList<string> access, IReadOnlyDictionary<string, string> skills)
    {
        var place = catalogue.LocationOf(worker.RegisteredProvinceCode, null);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var permitReady = rules.WaitingPeriodOver(worker.ProtectionRegisteredOn, today);
        return new SearchDocument
        {
            Id = Key(worker.Id.Value),
            Texts =
            [
                .. worker.OccupationCodes.SelectMany(OccupationTexts),
                .. worker.SkillUris.Select(uri => skills.GetValueOrDefault(uri)).OfType<string>().Select(label => new SearchText("skills", label, "en")),
            ],
            Keywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["province"] = [worker.RegisteredProvinceCode.ToString(CultureInfo.InvariantCulture)],
                ["isco"] = worker.OccupationCodes.ToList(),
                ["language"] = worker.Languages.Select(l => l.LanguageCode).ToList(),
                ["education"] = [worker.Education.ToString()],
                ["relocate"] = [worker.WillingToRelocate ? "yes" : "no"],
                ["permit"] = [permitReady ? "ready" : "waiting"],
                [SearchIndexes.AccessField] = access,
            },
            Date = worker.UpdatedAt,
            Location = new GeoPoint(place.Latitude, place.Longitude),
        };
    }

    private IEnumerable<SearchText> OccupationTexts(string iscoCode) =>
        TitleLanguages.Select(language => new SearchText("occupation", catalogue.OccupationTitle(iscoCode, language), language));

    private static bool LooksArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
