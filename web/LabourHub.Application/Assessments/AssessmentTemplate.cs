namespace LabourHub.Application.Assessments;

/// <summary>
/// The columns of the import template (CSV or XLSX), one row per need line. Rows that share title, period, province,
/// sector, source and method form one assessment. Lists inside a cell are separated by ';'.
/// </summary>
public static class AssessmentTemplate
{
    public const string Title = "title";
    public const string PeriodStart = "period_start";
    public const string PeriodEnd = "period_end";
    public const string Province = "province_code";
    public const string Sector = "nace_section";
    public const string Source = "source";
    public const string Method = "method";
    public const string Isco = "isco_code";
    public const string Needed = "needed_count";
    public const string WageMin = "wage_min_try";
    public const string WageMax = "wage_max_try";
    public const string Skills = "required_skill_uris";
    public const string Languages = "language_codes";
    public const string Reasons = "hard_to_fill_reasons";

    public static readonly IReadOnlyList<string> Columns =
        [Title, PeriodStart, PeriodEnd, Province, Sector, Source, Method, Isco, Needed, WageMin, WageMax, Skills, Languages, Reasons];

    /// <summary>Two example rows that import as they are (one assessment with two lines).</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> ExampleRows =
    [
        ["Gaziantep manufacturing 2027 H1", "2027-01-01", "2027-06-30", "27", "C", "İŞKUR labour-market survey", "Employer survey, 412 workplaces",
            "7212", "40", "30000", "36000", "", "tr;ar", "LackOfSkills;LanguageBarrier"],
        ["Gaziantep manufacturing 2027 H1", "2027-01-01", "2027-06-30", "27", "C", "İŞKUR labour-market survey", "Employer survey, 412 workplaces",
            "8153", "25", "29000.50", "33000", "", "tr", "FewApplicants"],
    ];
}
