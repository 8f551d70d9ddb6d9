namespace LabourHub.Application.Assessments;

public enum SpreadsheetKind
{
    Csv,
    Xlsx,
}
