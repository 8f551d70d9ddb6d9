namespace LabourHub.Web.Api;

/// <summary>The API's page envelope: { "items": [...], "total": N, "page": P, "pageSize": S }.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
