namespace LabourHub.Application.Privacy.ExportMyData;

public sealed record MarketplaceDataExport(
    WorkerExport? WorkerProfile,
    IReadOnlyList<ApplicationExport> Applications,
    IReadOnlyList<ConsentExport> Consents,
    IReadOnlyList<MessageExport> Messages,
    IReadOnlyList<NotificationExport> Notifications,
    IReadOnlyList<AbuseReportExport> Reports);
