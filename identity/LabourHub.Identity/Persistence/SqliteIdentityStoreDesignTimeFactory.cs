using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourHub.Identity.Persistence;

public sealed class SqliteIdentityStoreDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityStore>
{
    public SqliteIdentityStore CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteIdentityStore>()
        .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(IdentityStore.HistoryTable))
        .UseOpenIddict()
        .Options);
}
