using LabourHub.Application.Privacy.GetConsents;
using LabourHub.Application.Reference;
using LabourHub.Application.Workers.Documents;
using LabourHub.Application.Workers.Profile;
using LabourHub.Domain.Privacy;
using LabourHub.Domain.Workers;

namespace LabourHub.Web.Models;

/// <summary>What a wizard step's form posts; mapped onto <see cref="ProfileAnswers"/> (the form binds to plain lists).</summary>
public sealed class ProfileInput
{
    public string? DisplayName { get; set; }
    public string? Phone { get; set; }
    public string? NationalityCode { get; set; }
    public int? BirthYear { get; set; }
    public Gender Gender { get; set; }
    public ProtectionStatus? ProtectionStatus { get; set; }
    public DateOnly? ProtectionRegisteredOn { get; set; }
    public int? RegisteredProvinceCode { get; set; }
    public string? ForeignerIdentityNumber { get; set; }
    public List<LanguageRow> Languages { get; set; } = [];
    public List<string> Occupations { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public int? ExperienceYears { get; set; }
    public EducationLevel? Education { get; set; }
    public decimal? WageExpectation { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public bool WillingToRelocate { get; set; }

    /// <summary>"next" saves and goes on; "exit" saves and returns to the overview.</summary>
    public string? Then { get; set; }

    public ProfileAnswers ToAnswers() => new()
    {
        DisplayName = DisplayName,
        Phone = Phone,
        NationalityCode = NationalityCode,
        BirthYear = BirthYear,
        Gender = Gender,
        ProtectionStatus = ProtectionStatus,
        ProtectionRegisteredOn = ProtectionRegisteredOn,
        RegisteredProvinceCode = RegisteredProvinceCode,
        ForeignerIdentityNumber = ForeignerIdentityNumber,
        Languages = Languages.Select(l => new LanguageAnswer(l.Code, l.Level)).ToList(),
        Occupations = Occupations,
        Skills = Skills,
        ExperienceYears = ExperienceYears,
        Education = Education,
        WageExpectation = WageExpectation,
        AvailableFrom = AvailableFrom,
        WillingToRelocate = WillingToRelocate,
    };
}

public sealed class LanguageRow
{
    public string? Code { get; set; }
    public string? Level { get; set; }
}

/// <summary>One step of the wizard as the page shows it.</summary>
public sealed record ProfileStepViewModel(ProfileStep Step, ProfileAnswers Answers, ProfileState State)
{
    public IReadOnlyList<LabourHub.Domain.Reference.Province> Provinces { get; init; } = [];
    public IReadOnlyList<OccupationSuggestion> OccupationResults { get; init; } = [];
    public IReadOnlyList<(string Code, string Title)> ChosenOccupations { get; init; } = [];
    public IReadOnlyList<SkillChoice> Skills { get; init; } = [];
    public IReadOnlyList<DocumentRow> Documents { get; init; } = [];
    public IReadOnlyDictionary<ConsentPurpose, bool> Consents { get; init; } = new Dictionary<ConsentPurpose, bool>();
    public string? Query { get; init; }
    public bool FromCv { get; init; }

    public ProfileStep? Previous => Step == ProfileStep.Basics ? null : Step - 1;
    public ProfileStep? Next => Step == ProfileStep.Visibility ? null : Step + 1;
}

/// <summary>One person's case as their case worker sees it.</summary>
public sealed record WorkerCaseViewModel(
    Guid WorkerId,
    LabourHub.Application.Workers.GetWorkerProfile.WorkerProfileView Profile,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<LabourHub.Application.CaseWork.WorkerDesk.CaseNoteRow> Notes)
{
    public string? TypedNote { get; init; }
}
