namespace LabourHub.Infrastructure.Tests;

[Trait("Capability", "Foundation")]
public sealed class SqlitePersistenceTests(SqliteDatabaseFixture fixture) : PersistenceTests(fixture), IClassFixture<SqliteDatabaseFixture>;
