using System.Reflection;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Tests;

[Trait("Capability", "Matching")]
public sealed class FeatureSchemaTests
{
    private static readonly string[] Protected =
        ["nationality", "gender", "sex", "age", "birth", "born", "religion", "ethnic", "ethnicity", "race", "country", "citizenship", "origin"];

    /// <summary>Splits snake_case and PascalCase names into lower-case words.</summary>
    private static IEnumerable<string> Words(string name) =>
        System.Text.RegularExpressions.Regex.Matches(name.Replace('_', ' '), "[A-Z]?[a-z]+|[0-9]+").Select(m => m.Value.ToLowerInvariant());

    [Fact]
    public void Features_NeverNameAProtectedAttribute() =>
        Assert.All(FeatureSchema.Names, name => Assert.Empty(Words(name).Intersect(Protected)));

    [Fact]
    public void Features_AreTheFifteenKnownOnes()
    {
        Assert.Equal(
            ["occupation_proximity", "essential_skill_coverage", "optional_skill_coverage", "languages_met", "language_gap",
             "distance_100km", "location_fit", "experience_years", "education_rank", "wage_fit", "availability_lag",
             "permit_readiness", "profile_recency", "related_skill_coverage", "text_relevance"],
            FeatureSchema.Names);
        Assert.Equal("related_skill_coverage", FeatureSchema.Names[FeatureSchema.RelatedSkillCoverage]);
        Assert.Equal("text_relevance", FeatureSchema.Names[FeatureSchema.TextRelevance]);
    }

    [Fact]
    public void RankingRow_DeclaresOneSlotPerFeature()
    {
        var column = Microsoft.ML.Data.SchemaDefinition.Create(typeof(Training.RankingRow)).Single(c => c.ColumnName == nameof(Training.RankingRow.Features));

        Assert.Equal(FeatureSchema.Count, ((Microsoft.ML.Data.VectorDataViewType)column.ColumnType).Size);
    }

    [Theory]
    [InlineData(typeof(OccupationSkills))]
    [InlineData(typeof(PreparedJob))]
    public void OtherEngineInputs_CarryNoProtectedAttribute(Type input) =>
        Assert.All(input.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name), name => Assert.Empty(Words(name).Intersect(Protected)));

    [Theory]
    [InlineData(typeof(CandidateProfile))]
    [InlineData(typeof(JobProfile))]
    public void Inputs_CarryNoProtectedAttribute(Type input)
    {
        var properties = input.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);

        Assert.All(properties, name => Assert.Empty(Words(name).Intersect(Protected)));
        Assert.NotEmpty(Words("BirthYear").Intersect(Protected));
    }

    [Fact]
    public void Schema_HashChangesWithTheNames_AndTheRowTypeMatchesTheCount()
    {
        Assert.Equal(16, FeatureSchema.Hash.Length);
        Assert.Equal(FeatureSchema.Count, FeatureSchema.Names.Distinct().Count());
        Assert.Throws<ArgumentException>(() => Training.LambdaRankTrainer.ToRows([new Training.RankingGroup("j", [new float[3]], [0])]).ToList());
    }

    [Fact]
    public void Extract_ComputesEachFeatureFromTheInputs()
    {
        var distances = new DistanceTable([(27, 31, 200), (31, 27, 200)]);
        var job = new JobProfile
        {
            Id = "j", IscoCode = "7212", ProvinceCode = 31, StartsOn = new DateOnly(2026, 12, 1),
            EssentialSkills = ["a", "b", "c", "d"], OptionalSkills = ["e"],
            Languages = new Dictionary<string, int> { ["tr"] = 3 },
            WageMinKurus = 3_000_000, WageMaxKurus = 3_600_000,
        };
        var candidate = new CandidateProfile
        {
            Id = "c", IscoCodes = ["7214", "9313"], Skills = new HashSet<string> { "a", "b", "e" },
            Languages = new Dictionary<string, int> { ["ar"] = 6, ["tr"] = 2 }, ProvinceCode = 27, WillingToRelocate = true,
            ExperienceYears = 5, EducationRank = 3, WageExpectationKurus = 3_000_000, AvailableFrom = new DateOnly(2026, 12, 31),
            UpdatedAt = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var x = new float[FeatureSchema.Count];

        new FeatureExtractor(distances).Extract(job, candidate, new DateOnly(2026, 12, 1), x);

        Assert.Equal(0.75f, x[FeatureSchema.OccupationProximity]);
        Assert.Equal(0.5f, x[FeatureSchema.EssentialSkillCoverage]);
        Assert.Equal(1f, x[FeatureSchema.OptionalSkillCoverage]);
        Assert.Equal(0f, x[FeatureSchema.LanguagesMet]);
        Assert.Equal(1f, x[FeatureSchema.LanguageGap]);
        Assert.Equal(2f, x[FeatureSchema.DistanceHundredsKm]);
        Assert.Equal(0.5f, x[FeatureSchema.LocationFit]);
        Assert.Equal(0.2f, x[FeatureSchema.WageFit], 3);
        Assert.Equal(1f, x[FeatureSchema.AvailabilityLag]);
        Assert.Equal(1f, x[FeatureSchema.ProfileRecency], 2);
        Assert.Equal(0f, x[FeatureSchema.RelatedSkillCoverage]);
        Assert.Equal(0f, x[FeatureSchema.TextRelevance]);
    }
}
