using System.Globalization;

namespace LabourHub.Application.Reports;

/// <summary>
/// A count of people as every report shows it: the number, or nothing but "&lt;10" when fewer than
/// <see cref="Suppression.Threshold"/> people are behind it. Build it only through <see cref="Suppression.Count"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ReportCountJsonConverter))]
public readonly record struct ReportCount
{
    internal ReportCount(int? value) => Value = value;

    /// <summary>The count when it may be shown; null when suppressed.</summary>
    public int? Value { get; }

    public bool Suppressed => Value is null;

    /// <summary>"&lt;10" or the number in the invariant culture: the one text used on pages, in files and in the API.</summary>
    public override string ToString() => Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Suppression.Label;
}
