namespace LabourHub.Domain.Protection;

/// <summary>
/// What a red flag is about. Each code has a reason in four languages ("RedFlag.{code}") that the employer reads
/// when a vacancy is held, and a worker reads beside a flagged message.
/// </summary>
public static class RedFlagCategory
{
    public const string RecruitmentFee = "recruitment_fee";
    public const string Deposit = "deposit";
    public const string DocumentsKept = "documents_kept";
    public const string NoContract = "no_contract";
    public const string NoInsurance = "no_insurance";
    public const string PayTooGood = "pay_too_good";
    public const string OtherProvince = "other_province";
    public const string ChildWork = "child_work";

    public static IReadOnlyList<string> All { get; } =
        [RecruitmentFee, Deposit, DocumentsKept, NoContract, NoInsurance, PayTooGood, OtherProvince, ChildWork];

    /// <summary>Child work and kept documents are the gravest: they raise the report's severity.</summary>
    public static bool IsGrave(string category) => category is ChildWork or DocumentsKept;
}
