namespace LabourHub.Application.Workflow;

/// <summary>Legal deadlines are counted in Türkiye's calendar days (UTC+3 all year since 2016).</summary>
public static class TurkeyCalendar
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
