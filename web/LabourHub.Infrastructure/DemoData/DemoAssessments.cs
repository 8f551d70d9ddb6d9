using LabourHub.Domain.Assessments;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Infrastructure.DemoData;

/// <summary>A few labour-needs assessments for the demo, over the next six months, so the reports have needs to show.</summary>
internal static class DemoAssessments
{
    public static IEnumerable<LabourNeedsAssessment> Create(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var end = start.AddMonths(6).AddDays(-1);
        const string source = "Demo: İŞKUR İşgücü Piyasası Araştırması (example figures)";
        const string method = "Employer survey (demo data, not real figures)";
        (string Title, int Province, string Section, (string Isco, int Needed, decimal Min, decimal Max, HardToFillReason Reason)[] Lines)[] all =
        [
            ("Gaziantep imalat (demo)", 27, "C", [("7212", 40, 30000, 36000, HardToFillReason.LackOfSkills), ("8153", 25, 29000, 33000, HardToFillReason.FewApplicants)]),
            ("İstanbul inşaat (demo)", 34, "F", [("7112", 60, 31000, 38000, HardToFillReason.WorkingConditions), ("9313", 80, 29000, 32000, HardToFillReason.FewApplicants)]),
            ("Bursa tekstil (demo)", 16, "C", [("8153", 30, 29000, 33000, HardToFillReason.LanguageBarrier)]),
            ("Adana tarım (demo)", 1, "A", [("9211", 120, 0, 0, HardToFillReason.Location)]),
        ];
        foreach (var (title, province, section, lines) in all)
        {
            var result = LabourNeedsAssessment.Create(title, start, end, province, section, source, method, lines.Select(l => new NeedLine
            {
                IscoCode = l.Isco,
                NeededCount = l.Needed,
                WageMin = Money.FromLira(l.Min).Value,
                WageMax = Money.FromLira(l.Max).Value,
                LanguageCodes = ["tr"],
                HardToFillReasons = [l.Reason],
            }), now);
            yield return result.Value;
        }
    }
}
