using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourHub.Identity.Persistence;

public sealed class PostgresIdentityStoreDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityStore>
{
    public PostgresIdentityStore CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresIdentityStore>()
        .UseNpgsql("Host=localhost;Database=labourhub_design", o => o.MigrationsHistoryTable(IdentityStore.HistoryTable))
        .UseOpenIddict()
        .Options);
}
