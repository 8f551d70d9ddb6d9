using FsCheck.Xunit;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Workflow;

namespace LabourHub.Domain.Tests.Workflow;

/// <summary>
/// Random command sequences (any command, any order, days moving forward, good and bad inputs) never leave a placement
/// in a state the law or the model forbids, and a refused command never changes anything.
/// </summary>
[Trait("Capability", "Workflow")]
public sealed class PlacementPropertyTests
{
    private static readonly Dictionary<PlacementStatus, PlacementStatus[]> Allowed = new()
    {
        [PlacementStatus.Offered] = [PlacementStatus.Accepted, PlacementStatus.Declined, PlacementStatus.Expired, PlacementStatus.Withdrawn],
        [PlacementStatus.Accepted] = [PlacementStatus.ContractSigned, PlacementStatus.Withdrawn],
        [PlacementStatus.ContractSigned] = [PlacementStatus.PermitFiled, PlacementStatus.PermitGranted, PlacementStatus.Withdrawn],
        [PlacementStatus.PermitFiled] = [PlacementStatus.PermitGranted, PlacementStatus.PermitRefused, PlacementStatus.Withdrawn],
        [PlacementStatus.PermitGranted] = [PlacementStatus.SgkNoticeFiled, PlacementStatus.Withdrawn],
        [PlacementStatus.SgkNoticeFiled] = [PlacementStatus.Active, PlacementStatus.Withdrawn],
        [PlacementStatus.Active] = [PlacementStatus.Ended],
        [PlacementStatus.Ended] = [],
        [PlacementStatus.Declined] = [],
        [PlacementStatus.Expired] = [],
        [PlacementStatus.PermitRefused] = [],
        [PlacementStatus.Withdrawn] = [],
    };

    private static readonly PlacementRules Blocked = PlacementTests.Eligible with
    {
        Eligibility = new EligibilityDecision(EligibilityStatus.NotEligible, null, [new RuleCitation("eligibility.quota", "q")], []),
    };

    [Property(MaxTest = 400)]
    public bool Random_command_sequences_never_reach_an_invalid_state(bool seasonal, int[] script)
    {
        var placement = PlacementTests.Offered(seasonal, idCardIsPermit: (script?.Length ?? 0) % 2 == 1);
        var today = PlacementTests.Today;
        foreach (var code in script ?? [])
        {
            var n = Math.Abs((long)code);
            today = today.AddDays((int)(n / 16 % 6));
            var good = n / 96 % 4 != 0;
            var before = Snapshot(placement);
            // Half the commands are the next step of the happy path, so sequences get deep into the workflow.
            var action = n / 1536 % 2 == 0 ? Next(placement) : (int)(n % 16);
            var result = Run(placement, action, good, today, n);
            if (!result)
            {
                if (Snapshot(placement) != before)
                {
                    return false; // a refused command changed something
                }

                continue;
            }

            var after = Snapshot(placement);
            if (after.Version != before.Version + 1 || (after.Status != before.Status && !Allowed[before.Status].Contains(after.Status)))
            {
                return false;
            }

            if (!Consistent(placement))
            {
                return false;
            }
        }

        return Consistent(placement);
    }

    /// <summary>
    /// A seeded walk of 3,000 sequences reaches every status, so the property above really explores the workflow.
    /// </summary>
    [Fact]
    public void The_random_walk_reaches_every_status()
    {
        var random = new Random(20261127);
        var reached = new HashSet<PlacementStatus>();
        for (var run = 0; run < 3000; run++)
        {
            var script = Enumerable.Range(0, 30 + (run % 2)).Select(_ => random.Next()).ToArray();
            Assert.True(Random_command_sequences_never_reach_an_invalid_state(run % 3 == 0, script));
            var p = PlacementTests.Offered(run % 3 == 0, idCardIsPermit: script.Length % 2 == 1);
            var today = PlacementTests.Today;
            foreach (var n in script.Select(x => (long)x))
            {
                today = today.AddDays((int)(n / 16 % 6));
                Run(p, n / 1536 % 2 == 0 ? Next(p) : (int)(n % 16), n / 96 % 4 != 0, today, n);
                reached.Add(p.Status);
            }
        }

        Assert.Equal(Enum.GetValues<PlacementStatus>().Order(), reached.Order());
    }

    private static int Next(Placement p) => p.Status switch
    {
        PlacementStatus.Offered => 0,
        PlacementStatus.Accepted => p.WorkerSignedOn is null ? 3 : 4,
        PlacementStatus.ContractSigned => p.SeasonalExemption ? 6 : p.IdCardIsPermit ? 15 : 5,
        PlacementStatus.PermitFiled => 7,
        PlacementStatus.PermitGranted => 10,
        PlacementStatus.SgkNoticeFiled => 11,
        PlacementStatus.Active => 12,
        _ => 13,
    };

    private static bool Run(Placement p, int action, bool good, DateOnly today, long n)
    {
        var rules = good ? PlacementTests.Eligible : Blocked;
        return action switch
        {
            0 => p.Accept(today).IsSuccess,
            1 => p.Decline(today).IsSuccess,
            2 => p.Expire(today).IsSuccess,
            3 => p.SignAsWorker(rules, today).IsSuccess,
            4 => p.SignAsEmployer("owner", good, rules, today).IsSuccess,
            5 => p.FilePermit(good ? "EIZ-1" : "", Placement.PermitChecklist, rules, today).IsSuccess,
            6 => p.RecordExemption("EXEMPT-1", rules, today).IsSuccess,
            7 => p.RecordPermitGranted(today.AddDays((int)(n % 5)), today.AddDays(good ? 365 : -1), today).IsSuccess,
            8 => p.RecordPermitRefused(good ? "refused" : null, today).IsSuccess,
            9 => p.Reschedule(today.AddDays((int)(n % 40) - 5), today).IsSuccess,
            10 => p.FileSgkNotice("SGK-1", today.AddDays(-(int)(n % 3)), today).IsSuccess,
            11 => p.Activate(today).IsSuccess,
            12 => p.End(good ? "resigned" : "whatever", today.AddDays(-(int)(n % 10)), today).IsSuccess,
            13 => p.Withdraw(good ? "position_filled" : "x", today).IsSuccess,
            _ => p.RecordMinistryNotice(good ? "NOTICE-1" : " ", rules, today).IsSuccess,
        };
    }

    /// <summary>What the law and the model require of each state.</summary>
    private static bool Consistent(Placement p)
    {
        var signed = p.EmployerSignedOn is not null && p.WorkerSignedOn is not null;
        var reached = (PlacementStatus s) => p.Status == s;
        if (p.Status is PlacementStatus.ContractSigned or PlacementStatus.PermitFiled or PlacementStatus.PermitGranted or PlacementStatus.SgkNoticeFiled or PlacementStatus.Active or PlacementStatus.Ended or PlacementStatus.PermitRefused
            && !signed)
        {
            return false;
        }

        if (signed && p.EmployerSignedBy is null)
        {
            return false;
        }

        if (p.SgkFiledOn is { } filed)
        {
            if (p.PermitValidFrom is null || filed > (p.SeasonalExemption ? p.StartDate : p.StartDate.AddDays(-1)))
            {
                return false;
            }

            if (!p.SeasonalExemption && !p.IdCardIsPermit && (p.StartDate < p.PermitValidFrom || p.StartDate > p.PermitValidFrom.Value.AddMonths(1)))
            {
                return false;
            }
        }

        if (reached(PlacementStatus.Active) && (p.SgkFiledOn is null || p.StartedOn is null))
        {
            return false;
        }

        if (reached(PlacementStatus.PermitFiled) && (p.SeasonalExemption || p.IdCardIsPermit))
        {
            return false;
        }

        if (reached(PlacementStatus.Ended) && (p.EndedOn is null || p.EndedOn < p.StartedOn || !Placement.EndReasons.Contains(p.ClosingReason!)))
        {
            return false;
        }

        return p.Wage >= PlacementTests.Wage2026.NetMonthly;
    }

    private static (PlacementStatus Status, int Version, DateOnly Start, DateOnly? EmployerSigned, DateOnly? WorkerSigned, string? Permit, DateOnly? PermitFrom, DateOnly? Sgk, DateOnly? Started, DateOnly? Ended, string? Reason) Snapshot(Placement p) =>
        (p.Status, p.Version, p.StartDate, p.EmployerSignedOn, p.WorkerSignedOn, p.PermitReference, p.PermitValidFrom, p.SgkFiledOn, p.StartedOn, p.EndedOn, p.ClosingReason);
}
