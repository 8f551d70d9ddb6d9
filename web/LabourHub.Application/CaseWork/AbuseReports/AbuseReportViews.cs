using LabourHub.Application.Messaging.ApplicationThreads;
using LabourHub.Domain.Messaging;

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
    DateTimeOffset? HandledAt);

/// <summary>One report with its comment, how it was handled, and the reported thread's messages (oldest first).</summary>
public sealed record AbuseReportDetail(
    AbuseReportRow Report,
    string? Comment,
    string? HandlingNote,
    IReadOnlyList<ThreadLine> Messages,
    int TotalMessages);
