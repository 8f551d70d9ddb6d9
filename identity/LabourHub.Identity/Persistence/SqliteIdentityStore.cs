using Microsoft.EntityFrameworkCore;

namespace LabourHub.Identity.Persistence;

public sealed class SqliteIdentityStore(DbContextOptions<SqliteIdentityStore> options) : IdentityStore(options);
