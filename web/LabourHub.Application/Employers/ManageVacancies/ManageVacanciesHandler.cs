using LabourHub.Application.Common;
using LabourHub.Application.Protection.Screening;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Application.Reference;
using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Employers.ManageVacancies;

/// <summary>
/// An employer's vacancies: save a draft, edit, publish, close. Each command finds the vacancy among the caller's own
/// businesses only (another business's vacancy is "not found"), and every save also feeds the search index through
/// the outbox.
/// </summary>
public sealed class ManageVacanciesHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, RedFlagScreening screening, TimeProvider clock)
{
    /// <summary>Creates a draft for the caller's business; null when the caller has no business.</summary>
    public async Task<(Guid? Id, VacancyProblem? Problem)> CreateDraftAsync(VacancyForm form, string callerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var businesses = await CallerBusinesses.Of(db, callerUserId).ToListAsync(cancellationToken);
        if (businesses.Count == 0)
        {
            return (null, new VacancyProblem("vacancy.no_business"));
        }

        var employer = businesses.MinBy(e => e.Value);

        if (await UnknownSkillAsync(form, cancellationToken))
        {
            return (null, new VacancyProblem("vacancy.skill_unknown"));
        }

        var now = clock.GetUtcNow();
        var wage = await MinimumWageOnAsync(now, cancellationToken);
        var details = Details(form);
        if (!details.IsSuccess)
        {
            return (null, Problem(details.Error!, wage));
        }

        var drafted = Vacancy.Draft(employer, details.Value, wage, now);
        if (!drafted.IsSuccess)
        {
            return (null, Problem(drafted.Error!, wage));
        }

        db.Vacancies.Add(drafted.Value);
        await db.SaveChangesAsync(cancellationToken);
        return (drafted.Value.Id.Value, null);
    }

    public async Task<VacancyProblem?> EditAsync(Guid id, VacancyForm form, string callerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var vacancy = await FindAsync(id, callerUserId, cancellationToken);
        if (vacancy is null)
        {
            return new VacancyProblem("vacancy.not_found");
        }

        if (await UnknownSkillAsync(form, cancellationToken))
        {
            return new VacancyProblem("vacancy.skill_unknown");
        }

        var now = clock.GetUtcNow();
        var wage = await MinimumWageOnAsync(now, cancellationToken);
        var details = Details(form);
        var edited = details.IsSuccess ? vacancy.Edit(details.Value, wage, now) : Result<Vacancy>.Failure(details.Error!);
        if (!edited.IsSuccess)
        {
            return Problem(edited.Error!, wage);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<VacancyProblem?> PublishAsync(Guid id, string callerUserId, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, callerUserId, cancellationToken);
        if (vacancy is null)
        {
            return new VacancyProblem("vacancy.not_found");
        }

        if (await db.AbuseReports.AnyAsync(r => r.EmployerId == vacancy.EmployerId && r.EscalatedAt != null && r.HandledAt == null, cancellationToken))
        {
            return new VacancyProblem("vacancy.employer_paused");
        }

        var verification = await db.Employers.Where(e => e.Id == vacancy.EmployerId).Select(e => e.Verification).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var wage = await MinimumWageOnAsync(now, cancellationToken);
        var wasDraft = vacancy.Status == VacancyStatus.Draft;
        var texts = new List<string?> { vacancy.Title, vacancy.Description };
        texts.AddRange(vacancy.Translations.Select(t => t.Description));
        var hits = await screening.ScreenAsync(
            new ScreeningInput(texts) { IscoCode = vacancy.IscoCode, TopWageLira = vacancy.WageMax.Lira, MinimumNetWageLira = wage?.NetMonthly.Lira },
            cancellationToken);
        var published = vacancy.Publish(verification, wage, now, hits.Select(h => h.Category).ToList());
        if (!published.IsSuccess)
        {
            return Problem(published.Error!, wage);
        }

        var held = wasDraft && vacancy.Status == VacancyStatus.HeldForReview;
        if (held)
        {
            var report = AbuseReport.FromScreening(ReportSubject.Vacancy, vacancy.EmployerId, vacancy.Id, null, null, vacancy.Flags, now);
            db.AbuseReports.Add(report);
            db.ReportActions.Add(ReportAction.Record(report.Id, "filed", null, string.Join(", ", hits.Select(h => $"{h.Category}: {h.Pattern}")), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return held ? new VacancyProblem("vacancy.held") : null;
    }

    public async Task<VacancyProblem?> CloseAsync(Guid id, string callerUserId, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, callerUserId, cancellationToken);
        if (vacancy is null)
        {
            return new VacancyProblem("vacancy.not_found");
        }

        var closed = vacancy.Close();
        if (!closed.IsSuccess)
        {
            return closed.Error!.Code == "vacancy.already_closed" ? null : new VacancyProblem(closed.Error.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The caller's own vacancy, tracked for a command; null for anyone else's or an unknown id.</summary>
    public async Task<Vacancy?> FindAsync(Guid id, string callerUserId, CancellationToken cancellationToken)
    {
        var key = new VacancyId(id);
        var mine = CallerBusinesses.Of(db, callerUserId);
        return await db.Vacancies.FirstOrDefaultAsync(v => v.Id == key && mine.Contains(v.EmployerId), cancellationToken);
    }

    /// <summary>The minimum wage in force today, for the form's hint.</summary>
    public async Task<decimal?> MinimumWageTodayAsync(CancellationToken cancellationToken) =>
        (await MinimumWageOnAsync(clock.GetUtcNow(), cancellationToken))?.NetMonthly.Lira;

    /// <summary>
    /// Skills to offer on the vacancy form for an occupation: those already chosen, then what ESCO says the
    /// occupation's jobs need (essential first, most common first).
    /// </summary>
    public async Task<IReadOnlyList<VacancySkillChoice>> SkillChoicesAsync(string? iscoCode, IReadOnlyCollection<string> essential, IReadOnlyCollection<string> optional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(essential);
        ArgumentNullException.ThrowIfNull(optional);
        var code = iscoCode?.Trim() ?? string.Empty;
        var occupations = db.EscoOccupations.Where(o => o.IscoCode == code).Select(o => o.Uri);
        var related = code.Length == 4
            ? await db.OccupationSkills.AsNoTracking()
                .Where(r => occupations.Contains(r.OccupationUri))
                .GroupBy(r => new { r.SkillUri, r.Essential })
                .Select(g => new { g.Key.SkillUri, g.Key.Essential, Count = g.Count() })
                .OrderByDescending(g => g.Essential).ThenByDescending(g => g.Count)
                .Take(30)
                .ToListAsync(cancellationToken)
            : [];
        var uris = essential.Concat(optional).Concat(related.Select(r => r.SkillUri)).Distinct().ToList();
        var labels = await db.EscoSkills.AsNoTracking().Where(s => uris.Contains(s.Uri)).ToDictionaryAsync(s => s.Uri, s => s.PreferredLabel, cancellationToken);
        return uris.Where(labels.ContainsKey).Select(u => new VacancySkillChoice(
            u,
            labels[u],
            essential.Contains(u) ? SkillNeed.Essential : optional.Contains(u) ? SkillNeed.Optional : SkillNeed.None,
            related.Any(r => r.SkillUri == u && r.Essential))).ToList();
    }

    private async Task<bool> UnknownSkillAsync(VacancyForm form, CancellationToken cancellationToken)
    {
        var uris = form.EssentialSkillUris.Concat(form.OptionalSkillUris).Distinct().ToList();
        return uris.Count > 0 && await db.EscoSkills.CountAsync(s => uris.Contains(s.Uri), cancellationToken) != uris.Count;
    }

    private Result<VacancyDetails> Details(VacancyForm form)
    {
        var occupation = Domain.ValueObjects.IscoCode.Create(form.IscoCode, catalogue);
        if (!occupation.IsSuccess)
        {
            return Result<VacancyDetails>.Failure(occupation.Error!);
        }

        var wageMin = Money.FromLira(form.WageMin);
        var wageMax = Money.FromLira(form.WageMax);
        if (!wageMin.IsSuccess || !wageMax.IsSuccess)
        {
            return Result<VacancyDetails>.Failure((wageMin.Error ?? wageMax.Error)!);
        }

        var languages = new List<LanguageRequirement>();
        foreach (var (language, level) in form.Languages)
        {
            var cefr = CefrLevel.Create(level);
            if (!cefr.IsSuccess)
            {
                return Result<VacancyDetails>.Failure(cefr.Error!);
            }

            languages.Add(new LanguageRequirement(language, cefr.Value));
        }

        return Result<VacancyDetails>.Success(new VacancyDetails
        {
            Title = form.Title ?? string.Empty,
            Description = form.Description ?? string.Empty,
            Occupation = occupation.Value,
            ProvinceCode = form.ProvinceCode,
            District = string.IsNullOrWhiteSpace(form.District) ? null : form.District.Trim(),
            WageMin = wageMin.Value,
            WageMax = wageMax.Value,
            Positions = form.Positions,
            Shift = form.Shift,
            SeasonalAgriculture = form.SeasonalAgriculture,
            ClosesOn = form.ClosesOn,
            Languages = languages,
            StartsOn = form.StartsOn,
            Translations = form.Translations.Select(t => new VacancyTranslation(t.Language, t.Description)).ToList(),
            EssentialSkillUris = form.EssentialSkillUris.Distinct().ToList(),
            OptionalSkillUris = form.OptionalSkillUris.Except(form.EssentialSkillUris).Distinct().ToList(),
        });
    }

    private async Task<MinimumWage?> MinimumWageOnAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        MinimumWage.InForce(await db.MinimumWages.AsNoTracking().ToListAsync(cancellationToken), DateOnly.FromDateTime(now.UtcDateTime));

    private static VacancyProblem Problem(DomainError error, MinimumWage? wage) =>
        new(error.Code, error.Code == "vacancy.wage_below_minimum" ? wage?.NetMonthly.Lira : null);
}
