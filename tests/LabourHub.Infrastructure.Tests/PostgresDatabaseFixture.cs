using LabourHub.Infrastructure.Configuration;

namespace LabourHub.Infrastructure.Tests;

public sealed class PostgresDatabaseFixture() : DatabaseFixture(DatabaseOptions.Postgres);
