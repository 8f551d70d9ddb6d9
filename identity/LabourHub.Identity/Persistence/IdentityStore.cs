using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Identity.Persistence;

/// <summary>
/// Accounts, roles and OpenIddict's applications, authorizations, scopes and tokens. Its own DbContext with its own
/// migrations history table, so it can share the marketplace's database or live in another one.
/// </summary>
public abstract class IdentityStore : IdentityDbContext<LabourHubUser>
{
    public const string HistoryTable = "__IdentityMigrationsHistory";

    protected IdentityStore(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
    }
}
