using Microsoft.EntityFrameworkCore;

namespace LabourHub.Identity.Persistence;

public sealed class PostgresIdentityStore(DbContextOptions<PostgresIdentityStore> options) : IdentityStore(options);
