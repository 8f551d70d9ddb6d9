using System.Text.Json;

namespace LabourHub.Matching.Cli;

/// <summary>How every command prints JSON: indented, camelCase, invariant numbers.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(object value) => Console.Out.WriteLineAsync(JsonSerializer.Serialize(value, Options));
}
