using System.Globalization;
using LabourHub.Domain.Common;
using LabourHub.Domain.Eligibility;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Workflow;

/// <summary>
/// One offer's path to registered employment in Türkiye: offer → accepted → contract signed by both → work permit filed
/// → granted (or, in seasonal agriculture, the governorate's exemption) → SGK start-of-work notice → active → ended.
/// Every transition is a method that checks the rules of TURKIYE_RULES.md on the day, changes nothing when it fails,
/// and otherwise bumps <see cref="Version"/> (the concurrency token) and returns the <see cref="WorkflowStep"/> the
/// audit log records. Dates are the caller's "today" in Türkiye, passed in; nothing reads a clock.
/// </summary>
public sealed class Placement
{
    public const int MaxTitleLength = 150;

    /// <summary>Why a placement ends; recorded on the SGK exit and shown to both sides.</summary>
    public static IReadOnlyList<string> EndReasons { get; } = ["resigned", "dismissed", "contract_ended", "permit_expired", "mutual_agreement", "other"];

    /// <summary>Why an employer withdraws an offer before work starts.</summary>
    public static IReadOnlyList<string> WithdrawReasons { get; } = ["position_filled", "business_reasons", "worker_unreachable", "other"];

    /// <summary>What the employer confirms before filing the permit application in e-İzin (TURKIYE_RULES.md §4).</summary>
    public static IReadOnlyList<string> PermitChecklist { get; } = ["signed_contract", "worker_identity_document", "e_signature", "institutional_email", "application_fee"];

    private Placement()
    {
        PositionTitle = string.Empty;
        IscoCode = string.Empty;
    }

    public PlacementId Id { get; private set; }
    public JobApplicationId ApplicationId { get; private set; }
    public VacancyId VacancyId { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public WorkerId WorkerId { get; private set; }
    public string PositionTitle { get; private set; }
    public string IscoCode { get; private set; }
    public int ProvinceCode { get; private set; }
    public Money Wage { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly OfferValidUntil { get; private set; }

    /// <summary>Seasonal agriculture or livestock: the exemption path instead of a work permit (§7).</summary>
    public bool SeasonalExemption { get; private set; }

    /// <summary>
    /// Refugees and subsidiary-protection holders: their identity card is the work permit; the employer tells the
    /// ministry the province, occupation and type of employment instead of applying for a permit (§10).
    /// </summary>
    public bool IdCardIsPermit { get; private set; }

    public PlacementStatus Status { get; private set; }

    /// <summary>Starts at 1 and grows by one with every transition; a command names the version it was made against.</summary>
    public int Version { get; private set; }

    public DateOnly OfferedOn { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateOnly? EmployerSignedOn { get; private set; }
    public string? EmployerSignedBy { get; private set; }
    public DateOnly? WorkerSignedOn { get; private set; }
    public string? PermitReference { get; private set; }
    public DateOnly? PermitFiledOn { get; private set; }
    public DateOnly? PermitValidFrom { get; private set; }
    public DateOnly? PermitValidUntil { get; private set; }
    public string? PermitRefusal { get; private set; }
    public string? SgkReference { get; private set; }
    public DateOnly? SgkFiledOn { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Why the placement stopped (end, withdrawal or decline reason code).</summary>
    public string? ClosingReason { get; private set; }

    /// <summary>The day the contract was complete (the later signature): the minimum wage of that day applies.</summary>
    public DateOnly? ContractDate => EmployerSignedOn is { } e && WorkerSignedOn is { } w ? (e > w ? e : w) : null;

    public bool IsClosed => Status is PlacementStatus.Ended or PlacementStatus.Declined or PlacementStatus.Expired or PlacementStatus.PermitRefused or PlacementStatus.Withdrawn;

    /// <summary>An employer offers a job to an applicant who can legally take it by the start date.</summary>
    public static Result<(Placement Placement, WorkflowStep Step)> Offer(
        JobApplicationId application, VacancyId vacancy, EmployerId employer, WorkerId worker, string iscoCode, int provinceCode,
        bool seasonal, PlacementTerms terms, PlacementRules rules, DateOnly today, bool idCardIsPermit = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(rules);
        var title = terms.PositionTitle?.Trim() ?? string.Empty;
        if (title.Length is 0 or > MaxTitleLength)
        {
            return Fail<(Placement, WorkflowStep)>("workflow.position_title");
        }

        if (terms.StartDate <= today)
        {
            return Fail<(Placement, WorkflowStep)>("workflow.start_not_future");
        }

        if (terms.OfferValidUntil < today || terms.OfferValidUntil >= terms.StartDate)
        {
            return Fail<(Placement, WorkflowStep)>("workflow.offer_validity");
        }

        if (WageProblem(terms.Wage, rules) is { } wage)
        {
            return Fail<(Placement, WorkflowStep)>(wage);
        }

        if (EligibilityProblem(rules.Eligibility, terms.StartDate) is { } blocked)
        {
            return Fail<(Placement, WorkflowStep)>(blocked);
        }

        var placement = new Placement
        {
            Id = PlacementId.New(),
            ApplicationId = application,
            VacancyId = vacancy,
            EmployerId = employer,
            WorkerId = worker,
            PositionTitle = title,
            IscoCode = iscoCode,
            ProvinceCode = provinceCode,
            SeasonalExemption = seasonal,
            IdCardIsPermit = idCardIsPermit && !seasonal,
            Wage = terms.Wage,
            StartDate = terms.StartDate,
            OfferValidUntil = terms.OfferValidUntil,
            OfferedOn = today,
            Status = PlacementStatus.Offered,
            Version = 1,
        };
        return Result<(Placement, WorkflowStep)>.Success((placement, placement.Step("offer.made",
            ("position", title), ("wage_kurus", Text(terms.Wage.Kurus)), ("start", Text(terms.StartDate)), ("valid_until", Text(terms.OfferValidUntil)), ("seasonal", seasonal ? "yes" : "no"))));
    }

    public Result<WorkflowStep> Accept(DateOnly today)
    {
        if (Status != PlacementStatus.Offered)
        {
            return Transition();
        }

        if (today > OfferValidUntil)
        {
            return Fail<WorkflowStep>("workflow.offer_expired");
        }

        Status = PlacementStatus.Accepted;
        AnsweredOn = today;
        return Done("offer.accepted");
    }

    public Result<WorkflowStep> Decline(DateOnly today)
    {
        if (Status != PlacementStatus.Offered)
        {
            return Transition();
        }

        Status = PlacementStatus.Declined;
        AnsweredOn = today;
        ClosingReason = "declined";
        return Done("offer.declined");
    }

    /// <summary>The daily sweep: an offer nobody answered lapses the day after its validity.</summary>
    public Result<WorkflowStep> Expire(DateOnly today)
    {
        if (Status != PlacementStatus.Offered || today <= OfferValidUntil)
        {
            return Transition();
        }

        Status = PlacementStatus.Expired;
        ClosingReason = "expired";
        return Done("offer.expired");
    }

    /// <summary>The employer signs, with a second factor (the contract is a legal record).</summary>
    public Result<WorkflowStep> SignAsEmployer(string userId, bool withSecondFactor, PlacementRules rules, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != PlacementStatus.Accepted || EmployerSignedOn is not null)
        {
            return Transition();
        }

        if (!withSecondFactor)
        {
            return Fail<WorkflowStep>("workflow.mfa_required");
        }

        if (WageProblem(Wage, rules) is { } wage)
        {
            return Fail<WorkflowStep>(wage);
        }

        EmployerSignedOn = today;
        EmployerSignedBy = userId;
        return CompleteContractIf("contract.signed_by_employer");
    }

    public Result<WorkflowStep> SignAsWorker(PlacementRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != PlacementStatus.Accepted || WorkerSignedOn is not null)
        {
            return Transition();
        }

        if (WageProblem(Wage, rules) is { } wage)
        {
            return Fail<WorkflowStep>(wage);
        }

        WorkerSignedOn = today;
        return CompleteContractIf("contract.signed_by_worker");
    }

    /// <summary>The employer files the work-permit application in e-İzin, with the signed contract (§4).</summary>
    public Result<WorkflowStep> FilePermit(string? reference, IReadOnlyCollection<string> checklist, PlacementRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != PlacementStatus.ContractSigned || SeasonalExemption || IdCardIsPermit)
        {
            return Transition();
        }

        if (Reference(reference) is not { } clean)
        {
            return Fail<WorkflowStep>("workflow.reference");
        }

        if (PermitChecklist.Except(checklist).Any())
        {
            return Fail<WorkflowStep>("workflow.checklist");
        }

        if (EligibilityProblem(rules.Eligibility, today) is { } blocked)
        {
            return Fail<WorkflowStep>(blocked);
        }

        Status = PlacementStatus.PermitFiled;
        PermitReference = clean;
        PermitFiledOn = today;
        return Done("permit.filed", ("reference", clean));
    }

    /// <summary>Seasonal agriculture: the governorate's exemption stands in for the permit (§7).</summary>
    public Result<WorkflowStep> RecordExemption(string? reference, PlacementRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != PlacementStatus.ContractSigned || !SeasonalExemption)
        {
            return Transition();
        }

        if (Reference(reference) is not { } clean)
        {
            return Fail<WorkflowStep>("workflow.reference");
        }

        if (EligibilityProblem(rules.Eligibility, today) is { } blocked)
        {
            return Fail<WorkflowStep>(blocked);
        }

        Status = PlacementStatus.PermitGranted;
        PermitReference = clean;
        PermitFiledOn = today;
        PermitValidFrom = today;
        return Done("exemption.recorded", ("reference", clean));
    }

    /// <summary>A refugee's or subsidiary-protection holder's job: the ministry is told instead of a permit being filed (§10).</summary>
    public Result<WorkflowStep> RecordMinistryNotice(string? reference, PlacementRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != PlacementStatus.ContractSigned || !IdCardIsPermit)
        {
            return Transition();
        }

        if (Reference(reference) is not { } clean)
        {
            return Fail<WorkflowStep>("workflow.reference");
        }

        if (EligibilityProblem(rules.Eligibility, today) is { } blocked)
        {
            return Fail<WorkflowStep>(blocked);
        }

        Status = PlacementStatus.PermitGranted;
        PermitReference = clean;
        PermitFiledOn = today;
        PermitValidFrom = today;
        return Done("ministry.notified", ("reference", clean));
    }

    public Result<WorkflowStep> RecordPermitGranted(DateOnly validFrom, DateOnly validUntil, DateOnly today)
    {
        if (Status != PlacementStatus.PermitFiled)
        {
            return Transition();
        }

        if (validFrom < PermitFiledOn || validFrom > today.AddYears(1) || validUntil <= validFrom || validUntil > validFrom.AddYears(3))
        {
            return Fail<WorkflowStep>("workflow.permit_dates");
        }

        Status = PlacementStatus.PermitGranted;
        PermitValidFrom = validFrom;
        PermitValidUntil = validUntil;
        return Done("permit.granted", ("valid_from", Text(validFrom)), ("valid_until", Text(validUntil)));
    }

    public Result<WorkflowStep> RecordPermitRefused(string? reason, DateOnly today)
    {
        if (Status != PlacementStatus.PermitFiled)
        {
            return Transition();
        }

        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 500)
        {
            return Fail<WorkflowStep>("workflow.refusal_reason");
        }

        Status = PlacementStatus.PermitRefused;
        PermitRefusal = text;
        EndedOn = today;
        ClosingReason = "permit_refused";
        return Done("permit.refused", ("reason", text));
    }

    /// <summary>Moves the first working day before the SGK notice is filed; the new day obeys the same rules.</summary>
    public Result<WorkflowStep> Reschedule(DateOnly newStart, DateOnly today)
    {
        if (Status is not (PlacementStatus.Accepted or PlacementStatus.ContractSigned or PlacementStatus.PermitFiled or PlacementStatus.PermitGranted))
        {
            return Transition();
        }

        if (newStart <= today)
        {
            return Fail<WorkflowStep>("workflow.start_not_future");
        }

        if (StartWindowProblem(newStart) is { } window)
        {
            return Fail<WorkflowStep>(window);
        }

        var before = StartDate;
        StartDate = newStart;
        return Done("start.rescheduled", ("from", Text(before)), ("to", Text(newStart)));
    }

    /// <summary>
    /// The employer files the SGK start-of-work notice: at least one day before work starts (seasonal agriculture: by
    /// the first working day), and work must start within one month of the permit's start (§11-12).
    /// </summary>
    public Result<WorkflowStep> FileSgkNotice(string? reference, DateOnly filedOn, DateOnly today)
    {
        if (Status != PlacementStatus.PermitGranted)
        {
            return Transition();
        }

        if (Reference(reference) is not { } clean)
        {
            return Fail<WorkflowStep>("workflow.reference");
        }

        if (filedOn > today || filedOn < (PermitFiledOn ?? OfferedOn))
        {
            return Fail<WorkflowStep>("workflow.sgk_filed_date");
        }

        var latest = SeasonalExemption ? StartDate : StartDate.AddDays(-1);
        if (filedOn > latest)
        {
            return Fail<WorkflowStep>("workflow.sgk_too_late");
        }

        if (StartWindowProblem(StartDate) is { } window)
        {
            return Fail<WorkflowStep>(window);
        }

        Status = PlacementStatus.SgkNoticeFiled;
        SgkReference = clean;
        SgkFiledOn = filedOn;
        return Done("sgk.filed", ("reference", clean), ("filed_on", Text(filedOn)));
    }

    /// <summary>Work starts: on or after the start date, once the SGK notice is filed.</summary>
    public Result<WorkflowStep> Activate(DateOnly today)
    {
        if (Status != PlacementStatus.SgkNoticeFiled || today < StartDate)
        {
            return Transition();
        }

        Status = PlacementStatus.Active;
        StartedOn = StartDate;
        return Done("placement.active", ("started_on", Text(StartDate)));
    }

    public Result<WorkflowStep> End(string? reason, DateOnly endedOn, DateOnly today)
    {
        if (Status != PlacementStatus.Active)
        {
            return Transition();
        }

        if (reason is null || !EndReasons.Contains(reason))
        {
            return Fail<WorkflowStep>("workflow.end_reason");
        }

        if (endedOn < StartedOn || endedOn > today.AddDays(60))
        {
            return Fail<WorkflowStep>("workflow.end_date");
        }

        Status = PlacementStatus.Ended;
        EndedOn = endedOn;
        ClosingReason = reason;
        return Done("placement.ended", ("reason", reason), ("ended_on", Text(endedOn)));
    }

    /// <summary>The employer withdraws before work starts (the worker is told; the audit keeps why).</summary>
    public Result<WorkflowStep> Withdraw(string? reason, DateOnly today)
    {
        if (IsClosed || Status == PlacementStatus.Active)
        {
            return Transition();
        }

        if (reason is null || !WithdrawReasons.Contains(reason))
        {
            return Fail<WorkflowStep>("workflow.withdraw_reason");
        }

        Status = PlacementStatus.Withdrawn;
        EndedOn = today;
        ClosingReason = reason;
        return Done("offer.withdrawn", ("reason", reason));
    }

    /// <summary>
    /// Records that a document was attached to the placement (its kind and SHA-256 go into the audit chain, so a
    /// swapped file is detectable). Allowed at any stage except after a decline or lapse.
    /// </summary>
    public Result<WorkflowStep> AttachDocument(PlacementDocumentKind kind, string sha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (Status is PlacementStatus.Offered or PlacementStatus.Declined or PlacementStatus.Expired || !Enum.IsDefined(kind))
        {
            return Transition();
        }

        return Done("document.attached", ("kind", kind.ToString()), ("sha256", sha256));
    }

    /// <summary>A blocking eligibility rule, or a waiting period that is not over by <paramref name="day"/>.</summary>
    private static string? EligibilityProblem(EligibilityDecision decision, DateOnly day)
    {
        if (decision.Blocking.Count > 0)
        {
            return decision.Blocking[0].Code;
        }

        return decision.EligibleFrom is { } from && from > day ? "eligibility.waiting_period" : null;
    }

    private static string? WageProblem(Money wage, PlacementRules rules) =>
        rules.MinimumWage is null ? "minimum_wage.unknown"
        : wage < rules.MinimumWage.NetMonthly ? "workflow.wage_below_minimum"
        : null;

    /// <summary>With a permit, work starts on or after its first day and within one month of it (§12).</summary>
    private string? StartWindowProblem(DateOnly start) =>
        !SeasonalExemption && !IdCardIsPermit && PermitValidFrom is { } from && (start < from || start > from.AddMonths(1)) ? "workflow.start_within_month" : null;

    private static string? Reference(string? reference)
    {
        var text = reference?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > 60 || text.Any(char.IsControl) ? null : text;
    }

    private Result<WorkflowStep> CompleteContractIf(string kind)
    {
        if (EmployerSignedOn is not null && WorkerSignedOn is not null)
        {
            Status = PlacementStatus.ContractSigned;
            return Done(kind, ("contract_complete", Text(ContractDate!.Value)));
        }

        return Done(kind);
    }

    private Result<WorkflowStep> Done(string kind, params (string Key, string Value)[] facts)
    {
        Version++;
        return Result<WorkflowStep>.Success(Step(kind, facts));
    }

    private WorkflowStep Step(string kind, params (string Key, string Value)[] facts) =>
        new(kind, facts.Append((Key: "status", Value: Status.ToString())).Append((Key: "version", Value: Text(Version))).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    private static Result<WorkflowStep> Transition() => Fail<WorkflowStep>("workflow.transition");

    private static Result<T> Fail<T>(string code) => Result<T>.Failure(code);

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(long number) => number.ToString(CultureInfo.InvariantCulture);
}
