namespace LabourHub.Web.Api;

/// <summary>A notification with its text already in the request's language, and the portal page it leads to.</summary>
public sealed record NotificationResponse(Guid Id, string Kind, string Text, string Link, Guid ApplicationId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
