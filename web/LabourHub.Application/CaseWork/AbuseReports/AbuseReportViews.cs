using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Protection;
using LabourHub.Domain.Vacancies;

namespace LabourHub.Application.CaseWork.AbuseReports;

/// <summary>A report in the case workers' queue: what was reported and about which business, never who the worker is.</summary>
public sealed record AbuseReportRow(
    Guid Id,
    string Reason,
    MessageSide ReporterSide,
    string BusinessName,
    string? VacancyTitle,
    string? ApplicantCode,
    DateTimeOffset ReportedAt,
    DateTimeOffset? HandledAt)
{
    public ReportSubject Subject { get; init; }
    public ReportSource Source { get; init; }
    public ReportSeverity Severity { get; init; }
    public DateTimeOffset RespondBy { get; init; }
    public bool Overdue { get; init; }
    public bool Escalated { get; init; }
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>One entry of the record of what was done about a report.</summary>
public sealed record ReportActionLine(DateTimeOffset At, string Kind, string? Note, bool ByPerson);

/// <summary>One report with its comment, how it was handled, and the reported thread's messages (oldest first).</summary>
public sealed record AbuseReportDetail(
    AbuseReportRow Report,
    string? Comment,
    string? HandlingNote,
    IReadOnlyList<ThreadLine> Messages,
    int TotalMessages)
{
    public IReadOnlyList<string> Indicators { get; init; } = [];
    public IReadOnlyList<ReportActionLine> Actions { get; init; } = [];
    public Guid? VacancyId { get; init; }
    public VacancyStatus? VacancyStatus { get; init; }
    public Guid? PlacementId { get; init; }
    public Guid? FlaggedMessageId { get; init; }
    public int PausedVacancies { get; init; }
}
