using LabourHub.Domain.Workflow;

namespace LabourHub.Application.Workflow;

/// <summary>
/// The legal and practical deadlines of a placement on a day (TURKIYE_RULES.md §11-13): the offer's validity, the SGK
/// notice at least one day before work starts, the start within one month of the permit, and the 30 days a worker
/// under temporary protection has to report a change of employment to the migration directorate.
/// </summary>
public static class PlacementDeadlines
{
    public static IReadOnlyList<Deadline> Of(Placement p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var list = new List<Deadline>();
        switch (p.Status)
        {
            case PlacementStatus.Offered:
                list.Add(new Deadline("offer_answer", p.OfferValidUntil));
                break;
            case PlacementStatus.Accepted or PlacementStatus.ContractSigned or PlacementStatus.PermitFiled:
                list.Add(new Deadline("planned_start", p.StartDate));
                break;
            case PlacementStatus.PermitGranted:
                list.Add(new Deadline("sgk_notice", p.SeasonalExemption ? p.StartDate : p.StartDate.AddDays(-1)));
                if (!p.SeasonalExemption && p.PermitValidFrom is { } from)
                {
                    list.Add(new Deadline("start_within_month", from.AddMonths(1)));
                }

                break;
            case PlacementStatus.SgkNoticeFiled:
                list.Add(new Deadline("work_starts", p.StartDate));
                break;
            case PlacementStatus.Active:
                list.Add(new Deadline("report_start", (p.StartedOn ?? p.StartDate).AddDays(30)));
                if (p.PermitValidUntil is { } until)
                {
                    list.Add(new Deadline("permit_expires", until));
                }

                break;
            case PlacementStatus.Ended:
                list.Add(new Deadline("report_end", (p.EndedOn ?? p.StartDate).AddDays(30)));
                break;
            default:
                break;
        }

        return list;
    }
}

/// <summary>A named deadline ("sgk_notice", "report_start"...) and its last day.</summary>
public sealed record Deadline(string Code, DateOnly Due)
{
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;
}
