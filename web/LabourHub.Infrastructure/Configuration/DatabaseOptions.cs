namespace LabourHub.Infrastructure.Configuration;

/// <summary>The "Database" configuration section: which provider, and where.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Required for postgres; for sqlite the default is labourhub.db in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
