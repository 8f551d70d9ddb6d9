using LabourHub.Infrastructure.Configuration;

namespace LabourHub.Infrastructure.Tests;

public sealed class SqliteDatabaseFixture() : DatabaseFixture(DatabaseOptions.Sqlite);
