namespace LabourHub.Matching.Cli.DataSet;

internal sealed record EmployerRecord(string Id, int TurkishHeadcount, int ForeignHeadcount);
