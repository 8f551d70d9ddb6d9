using LabourHub.Application.Common;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Messaging;

namespace LabourHub.Application.Messaging.ApplicationThreads;

/// <summary>One message as the reader sees it: whether it is their side's, and the text (plain, encoded by the view).</summary>
public sealed record ThreadLine(Guid Id, MessageSide Side, bool Mine, string Body, DateTimeOffset SentAt)
{
    /// <summary>Red-flag categories found in the message; shown as a warning to the worker only.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>
/// A thread cut to the reader. A worker sees the business name; the business sees the applicant code, and the
/// worker's name and phone only once the access rule allows contact (an accepted interview).
/// </summary>
public sealed record ThreadView(
    Guid ApplicationId,
    Guid VacancyId,
    string VacancyTitle,
    MessageSide ReaderSide,
    string BusinessName,
    string ApplicantCode,
    string? ApplicantName,
    string? ApplicantPhone,
    ApplicationStatus Status,
    bool CanPost,
    PagedResult<ThreadLine> Messages)
{
    /// <summary>A short, stable label for an applicant whose name the business may not see yet.</summary>
    public static string CodeOf(Guid applicationId) => applicationId.ToString("N")[^6..].ToUpperInvariant();
}
