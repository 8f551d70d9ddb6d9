using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabourHub.Application.Reports;

/// <summary>Writes a <see cref="ReportCount"/> as a JSON number, or as the string "&lt;10" when suppressed.</summary>
public sealed class ReportCountJsonConverter : JsonConverter<ReportCount>
{
    public override ReportCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? Suppression.Count(reader.GetInt32()) : Suppression.Count(0);

    public override void Write(Utf8JsonWriter writer, ReportCount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Value is { } count)
        {
            writer.WriteNumberValue(count);
        }
        else
        {
            writer.WriteStringValue(Suppression.Label);
        }
    }
}
