using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>The model on PostgreSQL, with migrations under Migrations/Postgres.</summary>
public sealed class PostgresLabourHubDbContext(DbContextOptions<PostgresLabourHubDbContext> options) : LabourHubDbContext(options);
