namespace LabourHub.Application.Privacy.ExportMyData;

/// <summary>A report the person filed (reports about them are not theirs to see: the reporter's safety comes first).</summary>
public sealed record AbuseReportExport(Guid? ApplicationId, string Reason, string? Comment, DateTimeOffset ReportedAt, DateTimeOffset? HandledAt);
