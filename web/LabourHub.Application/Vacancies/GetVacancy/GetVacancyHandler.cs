using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Vacancies.GetVacancy;

/// <summary>Reads one public vacancy with its skills and languages; null when it is unknown or not open.</summary>
public sealed class GetVacancyHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue)
{
    public async Task<VacancyDetail?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var vacancyId = new VacancyId(id);
        var vacancy = await db.Vacancies.AsNoTracking()
            .FirstOrDefaultAsync(v => v.Id == vacancyId && v.Status == VacancyStatus.Open, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var employer = await db.Employers.AsNoTracking().FirstAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
        var skillUris = vacancy.EssentialSkillUris.Concat(vacancy.OptionalSkillUris).ToList();
        var skillLabels = await db.EscoSkills.AsNoTracking()
            .Where(s => skillUris.Contains(s.Uri))
            .ToDictionaryAsync(s => s.Uri, s => s.PreferredLabel, cancellationToken);
        var languageCodes = vacancy.Languages.Select(l => l.LanguageCode).ToList();
        var languageNames = await db.Languages.AsNoTracking()
            .Where(l => languageCodes.Contains(l.Code))
            .ToDictionaryAsync(l => l.Code, l => l.NameLocal, cancellationToken);

        var language = CultureLanguage.Current;
        var sector = catalogue.NaceSections.FirstOrDefault(s => s.Code == employer.NaceSection)?.Title(language) ?? employer.NaceSection;
        var translated = vacancy.Translations.FirstOrDefault(t => t.LanguageCode == language);
        return new VacancyDetail(
            VacancyMapping.ToSummary(vacancy, employer.Name, catalogue, language),
            translated?.Description ?? vacancy.Description,
            sector,
            vacancy.SeasonalAgriculture,
            vacancy.ClosesOn,
            vacancy.EssentialSkillUris.Select(u => skillLabels.GetValueOrDefault(u, u)).ToList(),
            vacancy.OptionalSkillUris.Select(u => skillLabels.GetValueOrDefault(u, u)).ToList(),
            vacancy.Languages.Select(l => new LanguageNeed(l.LanguageCode, languageNames.GetValueOrDefault(l.LanguageCode, l.LanguageCode), l.Minimum.Code)).ToList())
        {
            DescriptionLanguage = translated?.LanguageCode,
            OtherLanguages = vacancy.Translations.Select(t => t.LanguageCode).Where(c => c != language).ToList(),
            StartsOn = vacancy.StartsOn,
            EmployerId = vacancy.EmployerId.Value,
        };
    }
}
