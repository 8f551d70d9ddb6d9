namespace LabourHub.Domain.Workflow;

/// <summary>Where a placement stands on the path from an offer to registered employment (TURKIYE_RULES.md §4, §7, §11-12).</summary>
public enum PlacementStatus
{
    /// <summary>The employer made an offer; the worker has not answered.</summary>
    Offered = 0,

    /// <summary>The worker accepted; the contract is generated and waits for both signatures.</summary>
    Accepted = 1,

    /// <summary>Both signed the contract; the employer may now file the work permit (or the seasonal exemption).</summary>
    ContractSigned = 2,

    /// <summary>The work-permit application is filed in e-İzin.</summary>
    PermitFiled = 3,

    /// <summary>The permit was granted (or, for seasonal agriculture, the governorate's exemption recorded).</summary>
    PermitGranted = 4,

    /// <summary>The SGK start-of-work notice is filed; work starts on the start date.</summary>
    SgkNoticeFiled = 5,

    /// <summary>Work has started: registered employment.</summary>
    Active = 6,

    /// <summary>The employment ended (reason and date recorded).</summary>
    Ended = 7,

    /// <summary>The worker declined the offer.</summary>
    Declined = 8,

    /// <summary>The offer lapsed unanswered.</summary>
    Expired = 9,

    /// <summary>The ministry refused the permit.</summary>
    PermitRefused = 10,

    /// <summary>The employer withdrew the offer before work started.</summary>
    Withdrawn = 11,
}
