namespace LabourHub.Application.Assessments;

/// <summary>What is wrong with one row of an import (row 1 is the header) or one line of the form; Code is a resource key.</summary>
public sealed record AssessmentRowError(int Row, string Column, string Code);
