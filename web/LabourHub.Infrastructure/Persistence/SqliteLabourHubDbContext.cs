using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>The model on SQLite, with migrations under Migrations/Sqlite.</summary>
public sealed class SqliteLabourHubDbContext(DbContextOptions<SqliteLabourHubDbContext> options) : LabourHubDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time type that sorts: store UTC instants as sortable 64-bit numbers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
