using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabourHub.Infrastructure.Persistence;

/// <summary>
/// Inserts many rows of a simple mapped entity (no owned types, no generated keys) with multi-row INSERT
/// statements, using EF Core's own model for table names, column names and value converters. Works on both
/// providers; used for reference data, where EF's change tracker would spend most of the time.
/// </summary>
internal static class BulkInserter
{
    private const int MaxParametersPerStatement = 30_000;

    public static async Task<int> InsertAsync<T>(DbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var insert = $"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ";

        // SQLite looks parameters up by name (quadratic in a long statement): short statements, reused.
        // PostgreSQL pays a round trip per statement: long ones.
        var rowsPerStatement = db.Database.IsSqlite() ? 50 : Math.Max(1, MaxParametersPerStatement / properties.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? full = null;
        var total = 0;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                DbCommand command;
                if (chunk.Length == rowsPerStatement)
                {
                    full ??= CreateCommand(connection, transaction, insert, properties.Count, rowsPerStatement);
                    command = full;
                }
                else
                {
                    command = CreateCommand(connection, transaction, insert, properties.Count, chunk.Length);
                }

                var index = 0;
                foreach (var row in chunk)
                {
                    foreach (var property in properties)
                    {
                        command.Parameters[index++].Value = ProviderValue(property, row);
                    }
                }

                total += await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return total;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string insert, int columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(insert);
        var parameterIndex = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{parameterIndex++}";
                command.Parameters.Add(parameter);
                sql.Append(c == 0 ? parameter.ParameterName : ", " + parameter.ParameterName);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private static object ProviderValue(IProperty property, object entity)
    {
        var value = property.PropertyInfo?.GetValue(entity) ?? property.FieldInfo?.GetValue(entity);
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        if (converter is not null && value is not null)
        {
            value = converter.ConvertToProvider(value);
        }

        return value ?? DBNull.Value;
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
