using LabourHub.Matching.Cli;

return await CommandLine.RunAsync(args);
