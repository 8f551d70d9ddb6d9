namespace LabourHub.Matching.Inputs;

/// <summary>
/// A person as the matching engine sees them. Deliberately has no nationality, gender, age, religion or ethnicity:
/// the engine cannot use what it is never given (the fairness audit receives group labels separately).
/// </summary>
public sealed record CandidateProfile
{
    public required string Id { get; init; }

    /// <summary>ISCO-08 codes of the occupations the person does.</summary>
    public required IReadOnlyList<string> IscoCodes { get; init; }

    /// <summary>ESCO skill URIs.</summary>
    public required IReadOnlySet<string> Skills { get; init; }

    /// <summary>ISO 639-1 code → CEFR rank (A1 = 1 … C2 = 6).</summary>
    public required IReadOnlyDictionary<string, int> Languages { get; init; }

    public required int ProvinceCode { get; init; }
    public bool WillingToRelocate { get; init; }
    public int ExperienceYears { get; init; }

    /// <summary>0 (none) … 8 (doctorate), close to ISCED.</summary>
    public int EducationRank { get; init; }

    public long WageExpectationKurus { get; init; }
    public DateOnly AvailableFrom { get; init; }
    public PermitReadiness PermitReadiness { get; init; } = PermitReadiness.Ready;
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// Free text about the person's work (a summary, the titles of their occupations), for the text-relevance feature.
    /// Optional.
    /// </summary>
    public string? Text { get; init; }
}
