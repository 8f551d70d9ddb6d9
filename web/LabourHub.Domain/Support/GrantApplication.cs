using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Support;

public enum GrantStatus
{
    /// <summary>Saved by the business; documents may still be missing.</summary>
    Draft = 0,

    /// <summary>Sent for review by case workers.</summary>
    Submitted = 1,

    Awarded = 2,
    Rejected = 3,
}

/// <summary>One line of what the business asks the programme to pay for.</summary>
public sealed record BudgetLine(string Item, Money Amount)
{
    public const int MaxItemLength = 200;
}

/// <summary>A case worker's score (1 to 5) and comment on an application.</summary>
public sealed record GrantReview(string ReviewerUserId, int Score, string Comment, DateTimeOffset At)
{
    public const int MaxCommentLength = 2000;
}

/// <summary>
/// An SME's application to a support programme: planned hires, budget lines, documents; reviewed and scored by case
/// workers; awarded (an amount within the budget left) or rejected with a reason. Awarded applications are paid in
/// instalments as milestones of verified formal hires are reached.
/// </summary>
public sealed class GrantApplication
{
    public const int MaxBudgetLines = 8;
    public const int MaxSummaryLength = 2000;

    private readonly List<BudgetLine> _budget = [];
    private readonly List<GrantReview> _reviews = [];

    private GrantApplication()
    {
        Summary = string.Empty;
        ApplicantUserId = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public string ApplicantUserId { get; private set; }
    public GrantStatus Status { get; private set; }
    public string Summary { get; private set; }
    public int PlannedHires { get; private set; }
    public int PlannedRefugeeHires { get; private set; }
    public IReadOnlyList<BudgetLine> Budget => _budget;
    public IReadOnlyList<GrantReview> Reviews => _reviews;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateOnly? AwardedOn { get; private set; }
    public Money AwardedAmount { get; private set; }
    public string? RejectionReason { get; private set; }
    public int Version { get; private set; }

    public Money Requested => _budget.Aggregate(Money.Zero, (sum, line) => sum + line.Amount);

    public static Result<GrantApplication> Start(
        SupportProgramme programme,
        EmployerId employerId,
        string applicantUserId,
        ApplicantFacts facts,
        int plannedHires,
        int plannedRefugeeHires,
        string? summary,
        IReadOnlyList<BudgetLine> budget,
        DateOnly today,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicantUserId);
        var refused = ProgrammeEligibility.Check(programme, facts, today);
        if (refused.Count > 0)
        {
            return Result<GrantApplication>.Failure(refused[0].Code);
        }

        var application = new GrantApplication
        {
            Id = Guid.CreateVersion7(),
            ProgrammeId = programme.Id,
            EmployerId = employerId,
            ApplicantUserId = applicantUserId,
            Status = GrantStatus.Draft,
            CreatedAt = now,
        };
        var edited = application.Edit(programme, plannedHires, plannedRefugeeHires, summary, budget);
        return edited.IsSuccess ? Result<GrantApplication>.Success(application) : Result<GrantApplication>.Failure(edited.Error!);
    }

    /// <summary>Changes a draft. Refuses the whole change when any part is invalid.</summary>
    public Result<GrantApplication> Edit(SupportProgramme programme, int plannedHires, int plannedRefugeeHires, string? summary, IReadOnlyList<BudgetLine> budget)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(budget);
        if (Status != GrantStatus.Draft)
        {
            return Result<GrantApplication>.Failure("grant.not_draft");
        }

        if (ProgrammeEligibility.CheckPlannedHires(programme, plannedHires, plannedRefugeeHires) is { } hires)
        {
            return Result<GrantApplication>.Failure(hires.Code);
        }

        if ((summary?.Trim().Length ?? 0) > MaxSummaryLength)
        {
            return Result<GrantApplication>.Failure("grant.summary");
        }

        if (budget.Count is 0 or > MaxBudgetLines
            || budget.Any(l => string.IsNullOrWhiteSpace(l.Item) || l.Item.Trim().Length > BudgetLine.MaxItemLength || l.Amount.Kurus <= 0))
        {
            return Result<GrantApplication>.Failure("grant.budget_lines");
        }

        var total = budget.Aggregate(Money.Zero, (sum, line) => sum + line.Amount);
        if (total > programme.Budget)
        {
            return Result<GrantApplication>.Failure("grant.budget_exceeds_programme");
        }

        PlannedHires = plannedHires;
        PlannedRefugeeHires = plannedRefugeeHires;
        Summary = summary?.Trim() ?? string.Empty;
        _budget.Clear();
        _budget.AddRange(budget.Select(l => l with { Item = l.Item.Trim() }));
        Version++;
        return Result<GrantApplication>.Success(this);
    }

    /// <summary>Sends the draft for review once every document of the programme's checklist is uploaded.</summary>
    public Result<GrantApplication> Submit(SupportProgramme programme, IReadOnlyCollection<string> uploadedChecklistItems, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(uploadedChecklistItems);
        if (Status != GrantStatus.Draft)
        {
            return Result<GrantApplication>.Failure("grant.not_draft");
        }

        if (!programme.IsOpenOn(today))
        {
            return Result<GrantApplication>.Failure("support.call_closed");
        }

        if (programme.Checklist.Any(item => !uploadedChecklistItems.Contains(item, StringComparer.OrdinalIgnoreCase)))
        {
            return Result<GrantApplication>.Failure("grant.documents_missing");
        }

        Status = GrantStatus.Submitted;
        SubmittedAt = now;
        Version++;
        return Result<GrantApplication>.Success(this);
    }

    public Result<GrantApplication> AddReview(string reviewerUserId, int score, string? comment, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerUserId);
        if (Status != GrantStatus.Submitted)
        {
            return Result<GrantApplication>.Failure("grant.not_submitted");
        }

        if (score is < 1 or > 5)
        {
            return Result<GrantApplication>.Failure("grant.score");
        }

        if (string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > GrantReview.MaxCommentLength)
        {
            return Result<GrantApplication>.Failure("grant.comment");
        }

        _reviews.RemoveAll(r => r.ReviewerUserId == reviewerUserId); // one current review per case worker
        _reviews.Add(new GrantReview(reviewerUserId, score, comment.Trim(), now));
        Version++;
        return Result<GrantApplication>.Success(this);
    }

    /// <summary>Awards an amount no larger than what was asked for and what is left of the programme's budget.</summary>
    public Result<GrantApplication> Award(string deciderUserId, Money amount, Money budgetLeft, DateOnly today, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderUserId);
        if (Status != GrantStatus.Submitted)
        {
            return Result<GrantApplication>.Failure("grant.not_submitted");
        }

        if (_reviews.Count == 0)
        {
            return Result<GrantApplication>.Failure("grant.needs_review");
        }

        if (amount.Kurus <= 0 || amount > Requested)
        {
            return Result<GrantApplication>.Failure("grant.award_amount");
        }

        if (amount > budgetLeft)
        {
            return Result<GrantApplication>.Failure("grant.budget_left");
        }

        Status = GrantStatus.Awarded;
        AwardedAmount = amount;
        AwardedOn = today;
        DecidedBy = deciderUserId;
        DecidedAt = now;
        Version++;
        return Result<GrantApplication>.Success(this);
    }

    public Result<GrantApplication> Reject(string deciderUserId, string? reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderUserId);
        if (Status != GrantStatus.Submitted)
        {
            return Result<GrantApplication>.Failure("grant.not_submitted");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > GrantReview.MaxCommentLength)
        {
            return Result<GrantApplication>.Failure("grant.rejection_reason");
        }

        Status = GrantStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedBy = deciderUserId;
        DecidedAt = now;
        Version++;
        return Result<GrantApplication>.Success(this);
    }

    /// <summary>The amount of one milestone's instalment; the last milestone takes the rounding remainder.</summary>
    public Money InstalmentFor(SupportProgramme programme, ProgrammeMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(milestone);
        var award = AwardedAmount.Kurus;
        var last = programme.Milestones.MaxBy(m => m.Sequence);
        if (last is not null && last.Sequence == milestone.Sequence)
        {
            var others = programme.Milestones.Where(m => m.Sequence != milestone.Sequence).Sum(m => award * m.SharePercent / 100);
            return Money.FromKurus(award - others);
        }

        return Money.FromKurus(award * milestone.SharePercent / 100);
    }

    /// <summary>
    /// The instalments due now: every milestone whose hires are reached and that was not released before. Releasing
    /// is exactly-once because each (application, milestone) pair is unique in storage.
    /// </summary>
    public IReadOnlyList<GrantInstalment> DueInstalments(SupportProgramme programme, IReadOnlyCollection<int> releasedSequences, int verifiedHires, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(releasedSequences);
        if (Status != GrantStatus.Awarded || programme.Id != ProgrammeId)
        {
            return [];
        }

        return [.. programme.Milestones
            .Where(m => m.RequiredHires <= verifiedHires && !releasedSequences.Contains(m.Sequence))
            .OrderBy(m => m.Sequence)
            .Select(m => new GrantInstalment(Id, m.Sequence, InstalmentFor(programme, m), verifiedHires, now))];
    }
}

/// <summary>An instalment released to an awarded business: one row per (application, milestone), never two.</summary>
public sealed class GrantInstalment
{
    private GrantInstalment()
    {
    }

    public GrantInstalment(Guid applicationId, int milestoneSequence, Money amount, int verifiedHires, DateTimeOffset releasedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        MilestoneSequence = milestoneSequence;
        Amount = amount;
        VerifiedHires = verifiedHires;
        ReleasedAt = releasedAt;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public int MilestoneSequence { get; private set; }
    public Money Amount { get; private set; }

    /// <summary>The verified hires counted when the milestone was reached (for the ledger's reader).</summary>
    public int VerifiedHires { get; private set; }

    public DateTimeOffset ReleasedAt { get; private set; }
}

/// <summary>A document uploaded for one item of a programme's checklist.</summary>
public sealed class GrantDocument
{
    private GrantDocument()
    {
        ChecklistItem = string.Empty;
        StoredName = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public GrantDocument(Guid applicationId, string checklistItem, string storedName, string fileName, string contentType, long size, string sha256, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        ChecklistItem = checklistItem;
        StoredName = storedName;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string ChecklistItem { get; private set; }
    public string StoredName { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
}
