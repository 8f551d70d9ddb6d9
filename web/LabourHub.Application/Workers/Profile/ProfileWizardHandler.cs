using System.Text.Json;
using LabourHub.Application.Common;
using LabourHub.Application.Privacy.GetConsents;
using LabourHub.Application.Reference;
using LabourHub.Domain.Privacy;
using LabourHub.Domain.ValueObjects;
using LabourHub.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Workers.Profile;

/// <summary>
/// The worker's profile wizard, one step at a time. Answers go into a draft until the first two steps are complete
/// (name, nationality, protection status, province); from then on every step updates the worker profile itself, which
/// the domain validates as a whole. A step that fails saves nothing and reports the fields to fix.
/// </summary>
public sealed class ProfileWizardHandler(ILabourHubDbContext db, IReferenceCatalogue catalogue, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ProfileState> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var worker = await db.Workers.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        ProfileAnswers answers;
        var documents = 0;
        if (worker is not null)
        {
            answers = ProfileAnswers.From(worker);
            documents = await db.WorkerDocuments.CountAsync(d => d.WorkerId == worker.Id, cancellationToken);
        }
        else
        {
            var draft = await db.ProfileDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.UserId == userId, cancellationToken);
            answers = draft is null ? new ProfileAnswers() : Deserialize(draft.Answers);
        }

        var visibilityChosen = await db.ConsentRecords.AnyAsync(r => r.UserId == userId && r.Purpose == ConsentPurpose.DiscoverableToEmployers, cancellationToken);
        return new ProfileState(answers, worker?.Id.Value, ProfileCompleteness.Measure(answers, documents, visibilityChosen));
    }

    /// <summary>Saves one step's answers; an empty list means saved.</summary>
    public async Task<IReadOnlyList<ProfileProblem>> SaveStepAsync(string userId, ProfileStep step, ProfileAnswers posted, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(posted);
        try
        {
            return await TrySaveAsync(userId, step, posted, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs (or a double tap) created the profile at the same moment: the unique account index kept one.
            // Start again from what is stored now, so this step lands on that profile.
            db.DiscardChanges();
            return await TrySaveAsync(userId, step, posted, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ProfileProblem>> TrySaveAsync(string userId, ProfileStep step, ProfileAnswers posted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var worker = await db.Workers.FirstOrDefaultAsync(w => w.UserId == userId, cancellationToken);
        var draft = worker is null ? await db.ProfileDrafts.FirstOrDefaultAsync(d => d.UserId == userId, cancellationToken) : null;
        var stored = worker is not null ? ProfileAnswers.From(worker) : draft is null ? new ProfileAnswers() : Deserialize(draft.Answers);
        var answers = stored.WithStep(step, posted);

        var languages = step == ProfileStep.Languages
            ? (await db.Languages.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : [];
        var problems = ProfileStepRules.Check(step, answers, catalogue, languages, today);
        if (step == ProfileStep.Skills && problems.Count == 0 && answers.Skills.Count > 0)
        {
            var known = await db.EscoSkills.AsNoTracking().Where(s => answers.Skills.Contains(s.Uri)).CountAsync(cancellationToken);
            if (known != answers.Skills.Count)
            {
                problems.Add(new ProfileProblem(nameof(ProfileAnswers.Skills), "profile.skill_unknown"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        if (worker is not null)
        {
            var updated = worker.Update(ToProfile(answers, worker.Discoverable, today), now);
            if (!updated.IsSuccess)
            {
                return [new ProfileProblem(string.Empty, updated.Error!.Code)];
            }
        }
        else if (CanCreate(answers, today))
        {
            var consents = await GetConsentsHandler.CurrentAsync(db, userId, cancellationToken);
            var discoverable = consents.TryGetValue(ConsentPurpose.DiscoverableToEmployers, out var consent) && consent.Granted;
            var registered = Worker.Register(ToProfile(answers, discoverable, today), userId, now);
            if (!registered.IsSuccess)
            {
                return [new ProfileProblem(string.Empty, registered.Error!.Code)];
            }

            db.Workers.Add(registered.Value);
            if (draft is not null)
            {
                db.ProfileDrafts.Remove(draft);
            }
        }
        else if (draft is null)
        {
            db.ProfileDrafts.Add(ProfileDraft.Start(userId, Serialize(answers), now));
        }
        else
        {
            draft.Replace(Serialize(answers), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Skills to offer in the skills step: those chosen, the essential skills of the chosen occupations, and labels matching the query.</summary>
    public async Task<IReadOnlyList<SkillChoice>> SkillChoicesAsync(ProfileAnswers answers, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var chosen = answers.Skills.ToList();
        var occupationUris = db.EscoOccupations.Where(o => answers.Occupations.Contains(o.IscoCode)).Select(o => o.Uri);
        var suggested = await db.OccupationSkills.AsNoTracking()
            .Where(r => r.Essential && occupationUris.Contains(r.OccupationUri))
            .GroupBy(r => r.SkillUri)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(30)
            .ToListAsync(cancellationToken);
        var text = query?.Trim();
        var found = string.IsNullOrEmpty(text) || text.Length < 2
            ? []
            : await db.EscoSkills.AsNoTracking().Where(s => EF.Functions.Like(s.PreferredLabel, LikePattern(text))).OrderBy(s => s.PreferredLabel.Length).Select(s => s.Uri).Take(20).ToListAsync(cancellationToken);
        var uris = chosen.Concat(found).Concat(suggested).Distinct().ToList();
        var labels = await db.EscoSkills.AsNoTracking().Where(s => uris.Contains(s.Uri)).ToDictionaryAsync(s => s.Uri, s => s.PreferredLabel, cancellationToken);
        return uris.Where(labels.ContainsKey)
            .Select(u => new SkillChoice(u, labels[u], chosen.Contains(u), found.Contains(u) ? SkillSource.Search : suggested.Contains(u) ? SkillSource.Occupation : SkillSource.Chosen))
            .ToList();
    }

    /// <summary>ESCO labels are lower case: a "contains" pattern with LIKE's wildcards in the query taken literally.</summary>
    private static string LikePattern(string text) =>
        "%" + text.ToLowerInvariant().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%";

    /// <summary>A worker profile can exist once who they are and where they may work are known.</summary>
    private bool CanCreate(ProfileAnswers answers, DateOnly today) =>
        ProfileStepRules.Check(ProfileStep.Basics, answers, catalogue, new HashSet<string>(), today).Count == 0
        && ProfileStepRules.Check(ProfileStep.Protection, answers, catalogue, new HashSet<string>(), today).Count == 0;

    private WorkerProfile ToProfile(ProfileAnswers a, bool discoverable, DateOnly today) => new()
    {
        DisplayName = a.DisplayName!,
        Phone = string.IsNullOrWhiteSpace(a.Phone) ? null : PhoneNumber.Create(a.Phone).Value,
        ForeignerIdentityNumber = string.IsNullOrWhiteSpace(a.ForeignerIdentityNumber) ? null : ForeignerIdentityNumber.Create(a.ForeignerIdentityNumber).Value,
        NationalityCode = a.NationalityCode!,
        Gender = a.Gender,
        BirthYear = a.BirthYear,
        ProtectionStatus = a.ProtectionStatus!.Value,
        ProtectionRegisteredOn = a.ProtectionRegisteredOn,
        RegisteredProvinceCode = a.RegisteredProvinceCode!.Value,
        Languages = a.Languages.Select(l => new LanguageSkill(l.Code!, CefrLevel.Create(l.Level).Value)).ToList(),
        Occupations = a.Occupations.Select(o => IscoCode.Create(o, catalogue).Value).ToList(),
        SkillUris = a.Skills,
        ExperienceYears = a.ExperienceYears ?? 0,
        Education = a.Education ?? EducationLevel.None,
        WageExpectation = a.WageExpectation is { } wage ? Money.FromLira(wage).Value : Money.Zero,
        AvailableFrom = a.AvailableFrom ?? today,
        WillingToRelocate = a.WillingToRelocate,
        Discoverable = discoverable,
    };

    private static ProfileAnswers Deserialize(string json) => JsonSerializer.Deserialize<ProfileAnswers>(json, Json) ?? new ProfileAnswers();

    private static string Serialize(ProfileAnswers answers) => JsonSerializer.Serialize(answers, Json);
}
