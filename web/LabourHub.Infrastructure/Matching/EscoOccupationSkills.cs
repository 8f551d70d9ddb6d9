using LabourHub.Infrastructure.ReferenceData;
using LabourHub.Matching.Inputs;

namespace LabourHub.Infrastructure.Matching;

/// <summary>
/// Fills the engine's <see cref="IOccupationSkills"/> from ESCO v1.1.1: for each ISCO-08 unit group, the skills the
/// relations file marks essential for any ESCO occupation in that group.
/// </summary>
public static class EscoOccupationSkills
{
    public static OccupationSkills FromReferenceFiles()
    {
        var groupOf = ReferenceDataReader.EscoOccupations().DistinctBy(o => o.Uri).ToDictionary(o => o.Uri, o => o.IscoCode, StringComparer.Ordinal);
        return new OccupationSkills(ReferenceDataReader.OccupationSkills()
            .Where(r => r.Essential && groupOf.ContainsKey(r.OccupationUri))
            .Select(r => (groupOf[r.OccupationUri], r.SkillUri)));
    }
}
