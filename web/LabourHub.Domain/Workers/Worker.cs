using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Workers;

/// <summary>A migrant worker looking for formal, registered work in Türkiye.</summary>
public sealed class Worker
{
    private readonly List<LanguageSkill> _languages = [];
    private List<string> _occupationCodes = [];
    private List<string> _skillUris = [];

    private Worker()
    {
        DisplayName = string.Empty;
        NationalityCode = string.Empty;
    }

    public WorkerId Id { get; private set; }

    /// <summary>The identity server's user id, opaque to the domain; null for people a case worker registered.</summary>
    public string? UserId { get; private set; }

    public string DisplayName { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public ForeignerIdentityNumber? ForeignerIdentityNumber { get; private set; }

    /// <summary>ISO 3166-1 alpha-2. Special-category data: never a ranking feature, never logged.</summary>
    public string NationalityCode { get; private set; }

    public Gender Gender { get; private set; }
    public int? BirthYear { get; private set; }
    public ProtectionStatus ProtectionStatus { get; private set; }
    public DateOnly? ProtectionRegisteredOn { get; private set; }
    public int RegisteredProvinceCode { get; private set; }
    public IReadOnlyList<LanguageSkill> Languages => _languages;
    public IReadOnlyList<string> OccupationCodes => _occupationCodes;
    public IReadOnlyList<string> SkillUris => _skillUris;
    public int ExperienceYears { get; private set; }
    public EducationLevel Education { get; private set; }
    public Money WageExpectation { get; private set; }
    public DateOnly AvailableFrom { get; private set; }
    public bool WillingToRelocate { get; private set; }
    public bool Discoverable { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<Worker> Register(WorkerProfile profile, string? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problem = Validate(profile, DateOnly.FromDateTime(now.UtcDateTime));
        if (problem is not null)
        {
            return Result<Worker>.Failure(problem);
        }

        var worker = new Worker
        {
            Id = WorkerId.New(),
            UserId = userId,
            RegisteredAt = now,
        };
        worker.Apply(profile, now);
        return Result<Worker>.Success(worker);
    }

    public Result<Worker> Update(WorkerProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problem = Validate(profile, DateOnly.FromDateTime(now.UtcDateTime));
        if (problem is not null)
        {
            return Result<Worker>.Failure(problem);
        }

        Apply(profile, now);
        return Result<Worker>.Success(this);
    }

    /// <summary>Links the profile to the person's account (a case worker may have registered the profile first).</summary>
    public void LinkAccount(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (UserId is not null && UserId != userId)
        {
            throw new DomainRuleException(new DomainError("worker.already_linked"));
        }

        UserId = userId;
    }

    /// <summary>Applies the person's discoverability consent at once (withdrawal hides the profile from employers).</summary>
    public void SetDiscoverable(bool discoverable, DateTimeOffset now)
    {
        if (Discoverable != discoverable)
        {
            Discoverable = discoverable;
            UpdatedAt = now;
        }
    }

    private static DomainError? Validate(WorkerProfile p, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(p.DisplayName) || p.DisplayName.Trim().Length > 120)
        {
            return new DomainError("worker.name");
        }

        if (p.NationalityCode is not { Length: 2 } || !p.NationalityCode.All(char.IsAsciiLetterUpper))
        {
            return new DomainError("worker.nationality");
        }

        if (!Province.IsValidCode(p.RegisteredProvinceCode))
        {
            return new DomainError("province.unknown");
        }

        if (p.ProtectionRegisteredOn is { } registered && registered > today)
        {
            return new DomainError("worker.protection_date_future");
        }

        if (p.BirthYear is { } year && (year < today.Year - 100 || year > today.Year - 14))
        {
            return new DomainError("worker.birth_year");
        }

        if (p.ExperienceYears is < 0 or > 70)
        {
            return new DomainError("worker.experience");
        }

        return p.Languages.GroupBy(l => l.LanguageCode).Any(g => g.Count() > 1)
            ? new DomainError("worker.language_duplicate")
            : null;
    }

    private void Apply(WorkerProfile p, DateTimeOffset now)
    {
        DisplayName = p.DisplayName.Trim();
        Phone = p.Phone;
        ForeignerIdentityNumber = p.ForeignerIdentityNumber;
        NationalityCode = p.NationalityCode;
        Gender = p.Gender;
        BirthYear = p.BirthYear;
        ProtectionStatus = p.ProtectionStatus;
        ProtectionRegisteredOn = p.ProtectionRegisteredOn;
        RegisteredProvinceCode = p.RegisteredProvinceCode;
        _languages.Clear();
        _languages.AddRange(p.Languages);
        _occupationCodes = p.Occupations.Select(o => o.Value).Distinct().ToList();
        _skillUris = p.SkillUris.Distinct().ToList();
        ExperienceYears = p.ExperienceYears;
        Education = p.Education;
        WageExpectation = p.WageExpectation;
        AvailableFrom = p.AvailableFrom;
        WillingToRelocate = p.WillingToRelocate;
        Discoverable = p.Discoverable;
        UpdatedAt = now;
    }
}
