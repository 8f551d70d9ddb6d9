namespace LabourHub.Matching.Inputs;

/// <summary>A vacancy (or a labour-needs line) as the matching engine sees it.</summary>
public sealed record JobProfile
{
    public required string Id { get; init; }
    public required string IscoCode { get; init; }
    public IReadOnlyList<string> EssentialSkills
    {
        get => _essential;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _essential = value;
            EssentialKeys = SkillKeys.Of(value);
        }
    }

    public IReadOnlyList<string> OptionalSkills
    {
        get => _optional;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _optional = value;
            OptionalKeys = SkillKeys.Of(value);
        }
    }

    /// <summary>The vacancy's title and description (or a needs line's wording), for the text-relevance feature.</summary>
    public string? Text
    {
        get => _text;
        init
        {
            _text = value;
            TextTokens = Inputs.TextTokens.Of(value);
        }
    }

    /// <summary>ISO 639-1 code → minimum CEFR rank.</summary>
    public IReadOnlyDictionary<string, int> Languages { get; init; } = new Dictionary<string, int>();

    public required int ProvinceCode { get; init; }
    public long WageMinKurus { get; init; }
    public long WageMaxKurus { get; init; }
    public required DateOnly StartsOn { get; init; }

    internal long[] EssentialKeys { get; private init; } = [];
    internal long[] OptionalKeys { get; private init; } = [];
    internal int[] TextTokens { get; private init; } = [];

    private readonly IReadOnlyList<string> _essential = [];
    private readonly IReadOnlyList<string> _optional = [];
    private readonly string? _text;
}
