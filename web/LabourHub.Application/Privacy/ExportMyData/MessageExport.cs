namespace LabourHub.Application.Privacy.ExportMyData;

/// <summary>A message in one of the person's threads (either side's, as both are about their application) or one they wrote.</summary>
public sealed record MessageExport(Guid ApplicationId, string Side, bool WrittenByYou, string Body, DateTimeOffset SentAt);
