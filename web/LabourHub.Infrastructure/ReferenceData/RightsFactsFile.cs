using System.Globalization;
using LabourHub.Application.Protection.Rights;
using LabourHub.Domain.Eligibility;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>
/// The rights facts from authored/rights_facts.authored.csv, plus the permit waiting time from the eligibility rules
/// (one source for the 6-month rule, so the rights page and the matching engine cannot disagree).
/// </summary>
public sealed class RightsFactsFile : IRightsFacts
{
    private static readonly Lazy<IReadOnlyList<RightsFact>> Facts = new(Load);

    public IReadOnlyList<RightsFact> All => Facts.Value;

    private static List<RightsFact> Load()
    {
        var facts = CsvRows.Read(EmbeddedFiles.Open("authored/rights_facts.authored.csv")).Select(r => new RightsFact(
            r["key"],
            r["value"],
            DateOnly.Parse(r["valid_from"], CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(r["checked_on"]) ? null : DateOnly.Parse(r["checked_on"], CultureInfo.InvariantCulture),
            r["source"])).ToList();
        var wait = ReferenceDataReader.EligibilityRules().Values.Where(v => v.Key == EligibilityRuleSet.WaitMonths).MaxBy(v => v.ValidFrom);
        if (wait is not null)
        {
            facts.Add(new RightsFact("permit.wait_months", wait.Value.ToString("0", CultureInfo.InvariantCulture), wait.ValidFrom, null, wait.Source));
        }

        return facts;
    }
}
