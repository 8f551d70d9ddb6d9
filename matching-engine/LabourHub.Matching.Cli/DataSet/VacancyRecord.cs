using LabourHub.Matching.Inputs;

namespace LabourHub.Matching.Cli.DataSet;

internal sealed record VacancyRecord(JobProfile Profile, string EmployerId, bool Seasonal, string Status);
