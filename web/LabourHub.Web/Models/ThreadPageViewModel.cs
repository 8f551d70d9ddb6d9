using LabourHub.Application.Messaging.ApplicationThreads;

namespace LabourHub.Web.Models;

/// <summary>The thread page for either side: the thread, the side's own address for it, and a draft to show again after a refusal.</summary>
public sealed record ThreadPageViewModel(ThreadView Thread, string BasePath, string? Draft);
