namespace LabourHub.Domain.Protection;

/// <summary>One thing that happened to a report, appended and never changed: the record of what was done.</summary>
public sealed class ReportAction
{
    public const int MaxNoteLength = 1000;

    private ReportAction()
    {
        Kind = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>Null for what the system did (filing from screening, pausing).</summary>
    public string? ByUserId { get; private set; }

    /// <summary>filed, note, indicators, escalated, vacancies_paused, vacancies_resumed, vacancy_approved, vacancy_returned, handled.</summary>
    public string Kind { get; private set; }

    public string? Note { get; private set; }

    public static ReportAction Record(Guid reportId, string kind, string? byUserId, string? note, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > MaxNoteLength)
        {
            text = text[..MaxNoteLength];
        }

        return new ReportAction { Id = Guid.CreateVersion7(), ReportId = reportId, Kind = kind, ByUserId = byUserId, Note = text, At = at };
    }
}
