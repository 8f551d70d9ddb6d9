namespace LabourHub.Infrastructure.Persistence;

/// <summary>
/// A one-off data load that has run (reference data, demo data). Its key is the primary key, so two instances
/// starting at once cannot both load: the second one's insert fails and it skips the load.
/// </summary>
public sealed class DataImport
{
    public required string Key { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public int Rows { get; set; }
}
