using LabourHub.Domain.Common;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Support;

/// <summary>
/// A support programme for SMEs (for example an IOM grant scheme): who may apply, the budget, the call dates, the
/// documents to upload, the milestones that release instalments against verified formal hires, and the share of a
/// service's price its voucher covers for awarded businesses.
/// </summary>
public sealed class SupportProgramme
{
    public const int MaxNameLength = 120;
    public const int MaxSummaryLength = 2000;
    public const int MaxChecklistItems = 10;
    public const int MaxMilestones = 5;

    private readonly List<ProgrammeMilestone> _milestones = [];

    private SupportProgramme()
    {
        Name = string.Empty;
        Summary = string.Empty;
        Provinces = [];
        NaceSections = [];
        Checklist = [];
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Summary { get; private set; }

    /// <summary>Smallest and largest total headcount (Turkish plus foreign employees) of an eligible business.</summary>
    public int MinHeadcount { get; private set; }

    public int MaxHeadcount { get; private set; }

    /// <summary>Eligible provinces (plate codes); empty means all 81.</summary>
    public List<int> Provinces { get; private set; }

    /// <summary>Eligible NACE sections (one letter); empty means every sector.</summary>
    public List<string> NaceSections { get; private set; }

    /// <summary>The least share, in percent, of the planned new hires that must be refugees or people under protection.</summary>
    public int MinRefugeeSharePercent { get; private set; }

    public Money Budget { get; private set; }
    public DateOnly CallOpens { get; private set; }
    public DateOnly CallCloses { get; private set; }

    /// <summary>Documents an application must carry, one upload each.</summary>
    public List<string> Checklist { get; private set; }

    /// <summary>Share, in percent, of a service's price that the programme's voucher pays for an awarded business.</summary>
    public int VoucherSharePercent { get; private set; }

    /// <summary>The most one awarded business may spend from the voucher over the programme's life.</summary>
    public Money VoucherAllowance { get; private set; }

    public IReadOnlyList<ProgrammeMilestone> Milestones => _milestones;
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsOpenOn(DateOnly day) => day >= CallOpens && day <= CallCloses;

    public static Result<SupportProgramme> Create(ProgrammeTerms terms, DateTimeOffset now)
    {
        var programme = new SupportProgramme { Id = Guid.CreateVersion7(), CreatedAt = now };
        var applied = programme.Apply(terms);
        return applied.IsSuccess ? Result<SupportProgramme>.Success(programme) : Result<SupportProgramme>.Failure(applied.Error!);
    }

    /// <summary>Replaces the terms. Refuses the whole change when any part is invalid.</summary>
    public Result<SupportProgramme> Update(ProgrammeTerms terms)
    {
        var applied = Apply(terms);
        return applied.IsSuccess ? Result<SupportProgramme>.Success(this) : Result<SupportProgramme>.Failure(applied.Error!);
    }

    private Result<bool> Apply(ProgrammeTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var problem = Validate(terms);
        if (problem is not null)
        {
            return Result<bool>.Failure(problem);
        }

        Name = terms.Name.Trim();
        Summary = terms.Summary?.Trim() ?? string.Empty;
        MinHeadcount = terms.MinHeadcount;
        MaxHeadcount = terms.MaxHeadcount;
        Provinces = [.. terms.Provinces.Distinct().Order()];
        NaceSections = [.. terms.NaceSections.Select(s => s.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)];
        MinRefugeeSharePercent = terms.MinRefugeeSharePercent;
        Budget = terms.Budget;
        CallOpens = terms.CallOpens;
        CallCloses = terms.CallCloses;
        Checklist = [.. terms.Checklist.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        VoucherSharePercent = terms.VoucherSharePercent;
        VoucherAllowance = terms.VoucherAllowance;
        _milestones.Clear();
        var sequence = 1;
        foreach (var m in terms.Milestones.OrderBy(m => m.RequiredHires))
        {
            _milestones.Add(new ProgrammeMilestone(sequence++, m.RequiredHires, m.SharePercent));
        }

        Version++;
        return Result<bool>.Success(true);
    }

    private static string? Validate(ProgrammeTerms terms)
    {
        if (string.IsNullOrWhiteSpace(terms.Name) || terms.Name.Trim().Length > MaxNameLength)
        {
            return "programme.name";
        }

        if ((terms.Summary?.Length ?? 0) > MaxSummaryLength)
        {
            return "programme.summary";
        }

        if (terms.MinHeadcount < 0 || terms.MaxHeadcount < terms.MinHeadcount)
        {
            return "programme.headcount";
        }

        if (terms.Provinces.Any(p => !Province.IsValidCode(p)))
        {
            return "province.unknown";
        }

        if (terms.NaceSections.Any(s => s is null || s.Trim().Length != 1 || !char.IsAsciiLetter(s.Trim()[0])))
        {
            return "programme.sector";
        }

        if (terms.MinRefugeeSharePercent is < 0 or > 100 || terms.VoucherSharePercent is < 0 or > 100)
        {
            return "programme.percent";
        }

        if (terms.Budget.Kurus <= 0)
        {
            return "programme.budget";
        }

        if (terms.CallCloses < terms.CallOpens)
        {
            return "programme.call_dates";
        }

        if (terms.Checklist.Count > MaxChecklistItems || terms.Checklist.Any(c => c?.Trim().Length > 120))
        {
            return "programme.checklist";
        }

        var milestones = terms.Milestones;
        if (milestones.Count is 0 or > MaxMilestones
            || milestones.Any(m => m.RequiredHires < 0 || m.SharePercent is < 1 or > 100)
            || milestones.Sum(m => m.SharePercent) != 100
            || milestones.Select(m => m.RequiredHires).Distinct().Count() != milestones.Count)
        {
            return "programme.milestones";
        }

        return null;
    }
}

/// <summary>What an administrator sets on a programme; validated as a whole by <see cref="SupportProgramme"/>.</summary>
public sealed record ProgrammeTerms(
    string Name,
    string? Summary,
    int MinHeadcount,
    int MaxHeadcount,
    IReadOnlyList<int> Provinces,
    IReadOnlyList<string> NaceSections,
    int MinRefugeeSharePercent,
    Money Budget,
    DateOnly CallOpens,
    DateOnly CallCloses,
    IReadOnlyList<string> Checklist,
    int VoucherSharePercent,
    Money VoucherAllowance,
    IReadOnlyList<MilestoneTerms> Milestones);

public sealed record MilestoneTerms(int RequiredHires, int SharePercent);

/// <summary>
/// An instalment of an award: released once the business has <see cref="RequiredHires"/> new formal hires verified by
/// active placements with an SGK notice. <see cref="SharePercent"/> of the award is paid; the last milestone takes
/// whatever kuruş rounding left, so the instalments always add up to the award exactly.
/// </summary>
public sealed record ProgrammeMilestone(int Sequence, int RequiredHires, int SharePercent);
