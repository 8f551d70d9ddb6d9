using LabourHub.Domain.Protection;

namespace LabourHub.Web.Models;

public sealed record ReportProblemViewModel(ReportSubject Subject, Guid Id, string? Reason, string? Comment, bool Sent)
{
    /// <summary>An icon per reason, so the choice can be made without reading much.</summary>
    public static IReadOnlyDictionary<string, string> Icons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fees_asked"] = "💸",
        ["documents_retained"] = "🛂",
        ["threats"] = "🚨",
        ["wages_withheld"] = "💰",
        ["no_contract"] = "📝",
        ["child_work"] = "🧒",
        ["false_job"] = "❓",
        ["other"] = "💬",
    };

    public string Path => $"/report/{Subject.ToString().ToLowerInvariant()}/{Id}";
}
