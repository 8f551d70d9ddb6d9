namespace LabourHub.Web.Api;

/// <summary>A report table and when its figures were computed.</summary>
public sealed record ReportResponse<T>(DateTimeOffset ComputedAt, IReadOnlyList<T> Items);
