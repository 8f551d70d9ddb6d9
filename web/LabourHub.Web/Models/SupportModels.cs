using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Common;
using LabourHub.Application.Support.Grants;
using LabourHub.Application.Support.Programmes;
using LabourHub.Application.Support.Services;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Web.Models;

/// <summary>The administrator's programme form. Amounts are typed in lira and stored in kuruş.</summary>
public sealed class ProgrammeFormInput
{
    public const int MilestoneRows = SupportProgramme.MaxMilestones;

    [Display(Name = "Support.Field.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(SupportProgramme.MaxNameLength, ErrorMessage = "Validation.Length")]
    public string? Name { get; set; }

    [Display(Name = "Support.Field.Summary")]
    [StringLength(SupportProgramme.MaxSummaryLength, ErrorMessage = "Validation.Length")]
    public string? Summary { get; set; }

    [Display(Name = "Support.Field.MinHeadcount")]
    [Range(0, 100_000, ErrorMessage = "Validation.Range")]
    public int MinHeadcount { get; set; } = 1;

    [Display(Name = "Support.Field.MaxHeadcount")]
    [Range(0, 100_000, ErrorMessage = "Validation.Range")]
    public int MaxHeadcount { get; set; } = 249;

    public List<int> Provinces { get; set; } = [];

    public List<string> NaceSections { get; set; } = [];

    [Display(Name = "Support.Field.MinRefugeeSharePercent")]
    [Range(0, 100, ErrorMessage = "Validation.Range")]
    public int MinRefugeeSharePercent { get; set; } = 50;

    [Display(Name = "Support.Field.BudgetLira")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 1_000_000_000, ErrorMessage = "Validation.Range")]
    public decimal? BudgetLira { get; set; }

    [Display(Name = "Support.Field.CallOpens")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? CallOpens { get; set; }

    [Display(Name = "Support.Field.CallCloses")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? CallCloses { get; set; }

    /// <summary>One document per line.</summary>
    public string? Checklist { get; set; }

    [Display(Name = "Support.Field.VoucherSharePercent")]
    [Range(0, 100, ErrorMessage = "Validation.Range")]
    public int VoucherSharePercent { get; set; } = 70;

    [Display(Name = "Support.Field.VoucherAllowanceLira")]
    [Range(0, 100_000_000, ErrorMessage = "Validation.Range")]
    public decimal VoucherAllowanceLira { get; set; }

    public int?[] MilestoneHires { get; set; } = new int?[MilestoneRows];

    public int?[] MilestoneShares { get; set; } = new int?[MilestoneRows];

    public static ProgrammeFormInput From(SupportProgramme p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var input = new ProgrammeFormInput
        {
            Name = p.Name,
            Summary = p.Summary,
            MinHeadcount = p.MinHeadcount,
            MaxHeadcount = p.MaxHeadcount,
            Provinces = [.. p.Provinces],
            NaceSections = [.. p.NaceSections],
            MinRefugeeSharePercent = p.MinRefugeeSharePercent,
            BudgetLira = p.Budget.Lira,
            CallOpens = p.CallOpens,
            CallCloses = p.CallCloses,
            Checklist = string.Join('\n', p.Checklist),
            VoucherSharePercent = p.VoucherSharePercent,
            VoucherAllowanceLira = p.VoucherAllowance.Lira,
        };
        foreach (var (m, i) in p.Milestones.OrderBy(m => m.Sequence).Select((m, i) => (m, i)).Take(MilestoneRows))
        {
            input.MilestoneHires[i] = m.RequiredHires;
            input.MilestoneShares[i] = m.SharePercent;
        }

        return input;
    }

    /// <summary>The terms, or the code of the first amount that is not a valid sum of money.</summary>
    public (ProgrammeTerms? Terms, string? Problem) ToTerms()
    {
        var budget = Money.FromLira(BudgetLira ?? 0);
        var allowance = Money.FromLira(VoucherAllowanceLira);
        if (!budget.IsSuccess || !allowance.IsSuccess)
        {
            return (null, (budget.Error ?? allowance.Error)!.Code);
        }

        var milestones = new List<MilestoneTerms>();
        for (var i = 0; i < MilestoneRows; i++)
        {
            if (MilestoneHires.ElementAtOrDefault(i) is { } hires && MilestoneShares.ElementAtOrDefault(i) is { } share)
            {
                milestones.Add(new MilestoneTerms(hires, share));
            }
        }

        return (new ProgrammeTerms(
            Name ?? string.Empty,
            Summary,
            MinHeadcount,
            MaxHeadcount,
            Provinces,
            NaceSections,
            MinRefugeeSharePercent,
            budget.Value,
            CallOpens ?? default,
            CallCloses ?? default,
            (Checklist ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            VoucherSharePercent,
            allowance.Value,
            milestones), null);
    }
}

public sealed record ProgrammeEditViewModel(Guid? Id, ProgrammeFormInput Input, IReadOnlyList<(int Code, string Name)> Provinces, IReadOnlyList<(string Code, string Name)> Sections);

/// <summary>A business's grant application form: planned hires and up to eight budget lines in lira.</summary>
public sealed class GrantFormInput
{
    public const int BudgetRows = GrantApplication.MaxBudgetLines;

    [Display(Name = "Support.Field.PlannedHires")]
    [Range(1, 10_000, ErrorMessage = "Validation.Range")]
    public int PlannedHires { get; set; } = 1;

    [Display(Name = "Support.Field.PlannedRefugeeHires")]
    [Range(0, 10_000, ErrorMessage = "Validation.Range")]
    public int PlannedRefugeeHires { get; set; } = 1;

    [Display(Name = "Support.Field.Summary")]
    [StringLength(GrantApplication.MaxSummaryLength, ErrorMessage = "Validation.Length")]
    public string? Summary { get; set; }

    public string?[] BudgetItems { get; set; } = new string?[BudgetRows];

    public decimal?[] BudgetAmounts { get; set; } = new decimal?[BudgetRows];

    public static GrantFormInput From(GrantApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var input = new GrantFormInput { PlannedHires = a.PlannedHires, PlannedRefugeeHires = a.PlannedRefugeeHires, Summary = a.Summary };
        foreach (var (line, i) in a.Budget.Select((l, i) => (l, i)).Take(BudgetRows))
        {
            input.BudgetItems[i] = line.Item;
            input.BudgetAmounts[i] = line.Amount.Lira;
        }

        return input;
    }

    public (GrantForm? Form, string? Problem) ToForm()
    {
        var lines = new List<BudgetLine>();
        for (var i = 0; i < BudgetRows; i++)
        {
            var item = BudgetItems.ElementAtOrDefault(i);
            var amount = BudgetAmounts.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(item) && amount is null)
            {
                continue;
            }

            var money = Money.FromLira(amount ?? 0);
            if (!money.IsSuccess)
            {
                return (null, money.Error!.Code);
            }

            lines.Add(new BudgetLine(item ?? string.Empty, money.Value));
        }

        return (new GrantForm(PlannedHires, PlannedRefugeeHires, Summary, lines), null);
    }
}

public sealed record SupportHomeViewModel(IReadOnlyList<OpenProgramme> Programmes, IReadOnlyList<GrantRow> Applications);

public sealed record GrantApplyViewModel(SupportProgramme Programme, GrantFormInput Input);

public sealed record GrantPageViewModel(GrantView View, GrantFormInput? Draft);

public sealed record CaseWorkerGrantsViewModel(PagedResult<GrantRow> Page, GrantStatus? Status);

public sealed record OrdersViewModel(PagedResult<OrderRow> Page, bool Administrator);
