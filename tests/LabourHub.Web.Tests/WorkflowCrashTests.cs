using System.Diagnostics;
using System.Text;

namespace LabourHub.Web.Tests;

/// <summary>
/// Kills the portal process (SIGKILL) in the middle of workflow transitions, again and again, then checks that every
/// placement is wholly before or after its step: its audit chain verifies, it has exactly as many entries as versions,
/// and its application agrees with it.
/// </summary>
[Trait("Capability", "Workflow")]
public sealed class WorkflowCrashTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("labourhub-crash-").FullName;

    [Fact]
    public async Task Killing_the_process_mid_step_leaves_every_placement_consistent_and_every_chain_intact()
    {
        var random = new Random(27);
        var sawSteps = false;
        for (var round = 0; round < 5; round++)
        {
            using var drill = Start("workflow", "drill", "30");
            var output = new StringBuilder();
            var ready = new TaskCompletionSource();
            drill.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (output)
                {
                    output.AppendLine(e.Data);
                }

                if (e.Data.StartsWith("drill ready", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            };
            drill.BeginOutputReadLine();
            drill.BeginErrorReadLine();
            var exited = drill.WaitForExitAsync();
            await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
            Assert.True(ready.Task.IsCompleted, $"the drill did not start: {output}");
            await Task.Delay(random.Next(400, 2500));
            if (!drill.HasExited)
            {
                drill.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup, no finally blocks
            }

            await drill.WaitForExitAsync();
            lock (output)
            {
                sawSteps |= output.ToString().Contains("drill steps", StringComparison.Ordinal);
            }
        }

        using var verify = Start("workflow", "verify");
        var text = await verify.StandardOutput.ReadToEndAsync();
        await verify.WaitForExitAsync();
        Assert.True(sawSteps, "no transition ran before the kills");
        Assert.Contains("Verified 30 placements: 30 intact, 0 broken.", text, StringComparison.Ordinal);
        Assert.Equal(0, verify.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LabourHub.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["LabourHub__DataFolder"] = _dataFolder;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Search__RunIndexer"] = "false";
        return Process.Start(info)!;
    }
}
