namespace LabourHub.Application.Privacy.EraseMyData;

/// <summary>What an erasure removed (counts only: the data itself is gone).</summary>
public sealed record ErasureSummary(bool WorkerProfile, int Applications, int ConsentRecords, int Messages, int Notifications);
