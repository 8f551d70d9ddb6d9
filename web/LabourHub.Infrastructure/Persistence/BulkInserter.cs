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
        var columns = properties.Select(p => Quote(p.GetColumnName(table)!)).ToList();
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / properties.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var total = 0;

        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns)}) VALUES ");
            var parameterIndex = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var name = $"@p{parameterIndex++}";
                    sql.Append(c == 0 ? name : ", " + name);
                    AddParameter(command, name, properties[c], chunk[r]);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            total += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return total;
    }

    private static void AddParameter(DbCommand command, string name, IProperty property, object entity)
    {
        var value = property.PropertyInfo?.GetValue(entity) ?? property.FieldInfo?.GetValue(entity);
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        if (converter is not null && value is not null)
        {
            value = converter.ConvertToProvider(value);
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
