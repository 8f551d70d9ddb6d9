using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLabourHubDbContext>
{
    public PostgresLabourHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLabourHubDbContext>().UseNpgsql("Host=localhost;Database=labourhub_design").Options);
}
