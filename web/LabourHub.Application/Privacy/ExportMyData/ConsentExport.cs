namespace LabourHub.Application.Privacy.ExportMyData;

public sealed record ConsentExport(string Purpose, bool Granted, string NoticeVersion, DateTimeOffset RecordedAt);
