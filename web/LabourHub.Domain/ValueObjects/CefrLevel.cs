using LabourHub.Domain.Common;

namespace LabourHub.Domain.ValueObjects;

/// <summary>A Common European Framework of Reference level, A1 (lowest) to C2 (highest).</summary>
public sealed record CefrLevel
{
    public static readonly CefrLevel A1 = new("A1", 1);
    public static readonly CefrLevel A2 = new("A2", 2);
    public static readonly CefrLevel B1 = new("B1", 3);
    public static readonly CefrLevel B2 = new("B2", 4);
    public static readonly CefrLevel C1 = new("C1", 5);
    public static readonly CefrLevel C2 = new("C2", 6);

    public static readonly IReadOnlyList<CefrLevel> All = [A1, A2, B1, B2, C1, C2];

    private CefrLevel(string code, int rank)
    {
        Code = code;
        Rank = rank;
    }

    public string Code { get; }

    /// <summary>1 for A1 … 6 for C2; the gap between two ranks measures how far a speaker is from a requirement.</summary>
    public int Rank { get; }

    public static Result<CefrLevel> Create(string? input)
    {
        var code = input?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return Result<CefrLevel>.Failure("cefr.required");
        }

        var level = All.FirstOrDefault(l => l.Code == code);
        return level is null ? Result<CefrLevel>.Failure("cefr.unknown") : Result<CefrLevel>.Success(level);
    }

    public bool Meets(CefrLevel required)
    {
        ArgumentNullException.ThrowIfNull(required);
        return Rank >= required.Rank;
    }

    public override string ToString() => Code;
}
