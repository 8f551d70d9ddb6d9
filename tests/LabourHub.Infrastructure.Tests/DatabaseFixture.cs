namespace LabourHub.Infrastructure.Tests;

/// <summary>One initialised database (migrations, reference data, a small demo set) shared by a test class.</summary>
public abstract class DatabaseFixture(string provider) : IAsyncLifetime
{
    public TestDatabase? Database { get; private set; }

    public string Provider { get; } = provider;

    public async Task InitializeAsync()
    {
        Database = TestDatabase.TryCreate(Provider);
        if (Database is not null)
        {
            await Database.InitialiseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
