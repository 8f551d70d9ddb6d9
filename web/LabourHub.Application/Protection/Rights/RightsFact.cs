namespace LabourHub.Application.Protection.Rights;

/// <summary>One fact the rights page states, with the day it took effect, the day it was last checked, and its source.</summary>
public sealed record RightsFact(string Key, string Value, DateOnly ValidFrom, DateOnly? CheckedOn, string Source);
