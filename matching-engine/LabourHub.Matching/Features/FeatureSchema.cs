using System.Security.Cryptography;
using System.Text;

namespace LabourHub.Matching.Features;

/// <summary>
/// The features, in vector order. Never nationality, gender, age, religion or ethnicity (a test checks the names
/// and the input types). A model records the schema hash it was trained on and is refused on any other.
/// </summary>
public static class FeatureSchema
{
    public const int OccupationProximity = 0;
    public const int EssentialSkillCoverage = 1;
    public const int OptionalSkillCoverage = 2;
    public const int LanguagesMet = 3;
    public const int LanguageGap = 4;
    public const int DistanceHundredsKm = 5;
    public const int LocationFit = 6;
    public const int Experience = 7;
    public const int Education = 8;
    public const int WageFit = 9;
    public const int AvailabilityLag = 10;
    public const int PermitReadiness = 11;
    public const int ProfileRecency = 12;
    public const int RelatedSkillCoverage = 13;
    public const int TextRelevance = 14;

    public static readonly IReadOnlyList<string> Names =
    [
        "occupation_proximity", "essential_skill_coverage", "optional_skill_coverage", "languages_met", "language_gap",
        "distance_100km", "location_fit", "experience_years", "education_rank", "wage_fit", "availability_lag",
        "permit_readiness", "profile_recency", "related_skill_coverage", "text_relevance",
    ];

    public static int Count => Names.Count;

    public static string Hash { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', Names))))[..16];
}
