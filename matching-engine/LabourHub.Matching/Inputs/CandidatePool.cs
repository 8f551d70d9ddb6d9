namespace LabourHub.Matching.Inputs;

/// <summary>
/// Many candidates packed column by column for ranking at scale: one array per scalar field, and the list fields
/// (occupations, skills, languages, text tokens) as flat arrays with start offsets. Skill URIs and language codes
/// become small ints through the pool's own vocabulary (exact, no hashing), each candidate's skill ids and text
/// tokens sorted. Ranking then reads memory in order instead of chasing a dozen objects per candidate, and a
/// million candidates take about 0.3 GB instead of well over 1 GB as profile objects. Build once per candidate set
/// (<see cref="From"/> streams), rank it for any number of vacancies; read-only after building, so threads share it.
/// </summary>
public sealed class CandidatePool
{
    private readonly Dictionary<string, int> _skillIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languageIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _iscoIds = new(StringComparer.Ordinal);

    private CandidatePool()
    {
    }

    public int Count => Ids.Length;

    public string IdAt(int index) => Ids[index];

    internal string[] Ids { get; private set; } = [];
    internal int[] Province { get; private set; } = [];
    internal bool[] Willing { get; private set; } = [];
    internal int[] Experience { get; private set; } = [];
    internal int[] Education { get; private set; } = [];
    internal long[] Wage { get; private set; } = [];
    internal int[] AvailableDay { get; private set; } = [];
    internal PermitReadiness[] Permit { get; private set; } = [];
    internal int[] UpdatedDay { get; private set; } = [];
    internal int[] IscoStart { get; private set; } = [];
    /// <summary>Occupation ids (the pool's vocabulary of ISCO-08 codes).</summary>
    internal int[] Isco { get; private set; } = [];

    /// <summary>The ISCO-08 codes by occupation id.</summary>
    internal IEnumerable<(string Code, int Id)> IscoCodes => _iscoIds.Select(p => (p.Key, p.Value));
    internal int[] SkillStart { get; private set; } = [];
    internal int[] Skills { get; private set; } = [];
    internal int[] LanguageStart { get; private set; } = [];
    internal int[] Languages { get; private set; } = [];
    internal int[] Levels { get; private set; } = [];
    internal int[] TextStart { get; private set; } = [];
    internal int[] Text { get; private set; } = [];

    public static CandidatePool From(IEnumerable<CandidateProfile> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = new CandidatePool();
        var builder = new Builder(pool);
        foreach (var candidate in candidates)
        {
            builder.Add(candidate);
        }

        builder.Seal();
        return pool;
    }

    /// <summary>How many distinct skills the pool's candidates have (skill ids run from 0 to this − 1).</summary>
    internal int SkillVocabularySize => _skillIds.Count;

    /// <summary>The pool's id for a skill URI, or -1 when no candidate has it.</summary>
    internal int SkillId(string uri) => _skillIds.GetValueOrDefault(uri, -1);

    /// <summary>The pool's id for a language code, or -1 when no candidate speaks it.</summary>
    internal int LanguageId(string code) => _languageIds.GetValueOrDefault(code, -1);

    private static int Id(Dictionary<string, int> vocabulary, string text)
    {
        if (!vocabulary.TryGetValue(text, out var id))
        {
            vocabulary[text] = id = vocabulary.Count;
        }

        return id;
    }


    /// <summary>Collects the columns while streaming, then hands the pool exact-size arrays and is dropped.</summary>
    private sealed class Builder(CandidatePool pool)
    {
        private readonly List<string> _ids = [];
        private readonly List<int> _province = [];
        private readonly List<bool> _willing = [];
        private readonly List<int> _experience = [];
        private readonly List<int> _education = [];
        private readonly List<long> _wage = [];
        private readonly List<int> _availableDay = [];
        private readonly List<PermitReadiness> _permit = [];
        private readonly List<int> _updatedDay = [];
        private readonly List<int> _iscoStart = [0];
        private readonly List<int> _isco = [];
        private readonly List<int> _skillStart = [0];
        private readonly List<int> _skills = [];
        private readonly List<int> _languageStart = [0];
        private readonly List<int> _languages = [];
        private readonly List<int> _levels = [];
        private readonly List<int> _textStart = [0];
        private readonly List<int> _text = [];

        public void Add(CandidateProfile c)
        {
            _ids.Add(c.Id);
            _province.Add(c.ProvinceCode);
            _willing.Add(c.WillingToRelocate);
            _experience.Add(c.ExperienceYears);
            _education.Add(c.EducationRank);
            _wage.Add(c.WageExpectationKurus);
            _availableDay.Add(c.AvailableFrom.DayNumber);
            _permit.Add(c.PermitReadiness);
            _updatedDay.Add(DateOnly.FromDateTime(c.UpdatedAt.UtcDateTime).DayNumber);
            foreach (var code in c.IscoCodes)
            {
                _isco.Add(Id(pool._iscoIds, code));
            }

            _iscoStart.Add(_isco.Count);
            var skills = c.Skills.Select(s => Id(pool._skillIds, s)).ToArray();
            Array.Sort(skills);
            for (var i = 0; i < skills.Length; i++)
            {
                if (i == 0 || skills[i] != skills[i - 1])
                {
                    _skills.Add(skills[i]);
                }
            }

            _skillStart.Add(_skills.Count);
            foreach (var (language, level) in c.Languages)
            {
                _languages.Add(Id(pool._languageIds, language));
                _levels.Add(level);
            }

            _languageStart.Add(_languages.Count);
            _text.AddRange(TextTokens.Of(c.Text));
            _textStart.Add(_text.Count);
        }

        public void Seal()
        {
            pool.Ids = [.. _ids];
            pool.Province = [.. _province];
            pool.Willing = [.. _willing];
            pool.Experience = [.. _experience];
            pool.Education = [.. _education];
            pool.Wage = [.. _wage];
            pool.AvailableDay = [.. _availableDay];
            pool.Permit = [.. _permit];
            pool.UpdatedDay = [.. _updatedDay];
            pool.IscoStart = [.. _iscoStart];
            pool.Isco = [.. _isco];
            pool.SkillStart = [.. _skillStart];
            pool.Skills = [.. _skills];
            pool.LanguageStart = [.. _languageStart];
            pool.Languages = [.. _languages];
            pool.Levels = [.. _levels];
            pool.TextStart = [.. _textStart];
            pool.Text = [.. _text];
        }
    }
}
