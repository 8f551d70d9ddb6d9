using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLabourHubDbContext>
{
    public SqliteLabourHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLabourHubDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
