using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Configuration;

public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseOptions.Sqlite => ValidateOptionsResult.Success,
            DatabaseOptions.Postgres when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                ValidateOptionsResult.Fail("Database:Provider is postgres but Database:ConnectionString is empty. Give the PostgreSQL connection string (environment variable Database__ConnectionString)."),
            DatabaseOptions.Postgres => ValidateOptionsResult.Success,
            _ => ValidateOptionsResult.Fail($"Database:Provider '{options.Provider}' is not known. Use 'sqlite' or 'postgres'."),
        };
    }
}
