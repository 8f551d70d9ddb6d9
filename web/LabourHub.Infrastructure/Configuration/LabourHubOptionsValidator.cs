using Microsoft.Extensions.Options;

namespace LabourHub.Infrastructure.Configuration;

/// <summary>Stops the start when the data folder cannot be created or written, saying what to do.</summary>
public sealed class LabourHubOptionsValidator : IValidateOptions<LabourHubOptions>
{
    public ValidateOptionsResult Validate(string? name, LabourHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!HostRole.Known.Contains(options.Role, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"LabourHub:Role is '{options.Role}'. Use all, web or worker (environment variable LabourHub__Role, or --role).");
        }

        var folder = options.DataFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return ValidateOptionsResult.Fail("LabourHub:DataFolder is empty. Set it to a folder LabourHub may write to.");
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return ValidateOptionsResult.Fail(
                $"LabourHub cannot write to its data folder '{folder}' ({e.GetType().Name}). " +
                "Fix the folder's permissions or choose another one with the setting LabourHub:DataFolder " +
                "(environment variable LabourHub__DataFolder).");
        }
    }
}
