namespace LabourHub.Application.Privacy.ExportMyData;

public sealed record ApplicationExport(Guid VacancyId, string Status, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt);
