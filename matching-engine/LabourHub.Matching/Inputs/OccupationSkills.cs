namespace LabourHub.Matching.Inputs;

/// <summary>An in-memory <see cref="IOccupationSkills"/>: (ISCO-08 unit group, essential ESCO skill URI) pairs.</summary>
public sealed class OccupationSkills : IOccupationSkills
{
    private readonly Dictionary<string, HashSet<string>> _essential = new(StringComparer.Ordinal);

    public OccupationSkills(IEnumerable<(string IscoCode, string SkillUri)> essential)
    {
        ArgumentNullException.ThrowIfNull(essential);
        foreach (var (isco, skill) in essential)
        {
            if (!_essential.TryGetValue(isco, out var skills))
            {
                _essential[isco] = skills = new HashSet<string>(StringComparer.Ordinal);
            }

            skills.Add(skill);
        }
    }

    /// <summary>No relations known: the related-skill feature is 0 for everyone.</summary>
    public static OccupationSkills Empty { get; } = new([]);

    public int GroupCount => _essential.Count;

    public IReadOnlyCollection<string> EssentialFor(string iscoCode) =>
        iscoCode is not null && _essential.TryGetValue(iscoCode, out var skills) ? skills : [];
}
