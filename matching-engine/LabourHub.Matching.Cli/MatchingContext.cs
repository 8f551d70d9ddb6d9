using LabourHub.Domain.Eligibility;
using LabourHub.Domain.ValueObjects;
using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Cli;

/// <summary>
/// The reference data a CLI command needs: distances, ESCO's occupation–skill relations, eligibility rules, the
/// minimum wage in force.
/// </summary>
internal sealed class MatchingContext
{
    private MatchingContext(FeatureExtractor extractor, EligibilityRules rules, Money minimumWage)
    {
        Extractor = extractor;
        Rules = rules;
        MinimumWage = minimumWage;
    }

    public FeatureExtractor Extractor { get; }
    public EligibilityRules Rules { get; }
    public Money MinimumWage { get; }

    public static MatchingContext Load(DateOnly today)
    {
        var distances = new DistanceTable(ReferenceDataReader.ProvinceDistances().Select(d => (d.FromProvinceCode, d.ToProvinceCode, d.Kilometres)));
        var wage = Domain.Reference.MinimumWage.InForce(ReferenceDataReader.MinimumWages(), today)
            ?? throw new InvalidOperationException($"The minimum-wage table has no row for {today:yyyy-MM-dd}.");
        var extractor = new FeatureExtractor(distances, Infrastructure.Matching.EscoOccupationSkills.FromReferenceFiles());
        return new MatchingContext(extractor, new EligibilityRules(ReferenceDataReader.EligibilityRules()), wage.NetMonthly);
    }
}
