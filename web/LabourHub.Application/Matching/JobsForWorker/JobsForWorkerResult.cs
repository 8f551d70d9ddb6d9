namespace LabourHub.Application.Matching.JobsForWorker;

/// <param name="HasProfile">False when the account has no worker profile yet.</param>
/// <param name="EligibleNow">Jobs the person may legally take now, best first, with reasons.</param>
/// <param name="EligibleLater">Jobs they may take from a date (the waiting period), shown apart.</param>
/// <param name="NotEligible">How many open jobs the law closes to them, and the most common reason.</param>
/// <param name="MainBlockingRule">The rule that closes most of those jobs (a code to translate), if any.</param>
public sealed record JobsForWorkerResult(
    bool HasProfile,
    IReadOnlyList<RankedJob> EligibleNow,
    IReadOnlyList<RankedJob> EligibleLater,
    int NotEligible,
    string? MainBlockingRule);
