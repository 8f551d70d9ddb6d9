namespace LabourHub.Application.Privacy.ExportMyData;

public sealed record NotificationExport(string Kind, Guid ApplicationId, string VacancyTitle, string? ReasonCode, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, DateTimeOffset? EmailedAt);
