namespace LabourHub.Infrastructure.Tests;

[Trait("Capability", "Foundation")]
public sealed class PostgresPersistenceTests(PostgresDatabaseFixture fixture) : PersistenceTests(fixture), IClassFixture<PostgresDatabaseFixture>;
