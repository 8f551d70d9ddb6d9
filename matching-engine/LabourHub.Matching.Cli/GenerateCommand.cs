using System.Globalization;
using System.Text;
using LabourHub.Domain.Applications;
using LabourHub.Domain.Employers;
using LabourHub.Domain.Vacancies;
using LabourHub.Domain.Workers;
using LabourHub.Infrastructure.DemoData;

namespace LabourHub.Matching.Cli;

/// <summary>Streams the demo population to CSV files, so benchmark data sets of a million workers fit in memory.</summary>
internal static class GenerateCommand
{
    private const int OutcomeLimit = 200_000;

    public static async Task<int> RunAsync(int workers, int employers, int vacancies, int seed, string outputFolder, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var reference = DemoReferenceLoader.LoadFromFiles(DateOnly.FromDateTime(now.UtcDateTime));
        var generator = new DemoPopulationGenerator(reference, seed, now);
        Directory.CreateDirectory(outputFolder);

        if (workers <= OutcomeLimit)
        {
            var population = generator.Generate(employers, vacancies, workers);
            await WriteAsync(Path.Combine(outputFolder, "employers.csv"), EmployerHeader, population.Employers.Select(EmployerRow), cancellationToken);
            await WriteAsync(Path.Combine(outputFolder, "vacancies.csv"), VacancyHeader, population.Vacancies.Select(VacancyRow), cancellationToken);
            await WriteAsync(Path.Combine(outputFolder, "workers.csv"), WorkerHeader, population.Workers.Select(w => WorkerRow((w, population.WorkerSummaries.GetValueOrDefault(w.Id) ?? string.Empty))), cancellationToken);
            await WriteAsync(Path.Combine(outputFolder, "outcomes.csv"), OutcomeHeader, population.Applications.Select(OutcomeRow), cancellationToken);
        }
        else
        {
            await Console.Out.WriteLineAsync($"More than {OutcomeLimit} workers: writing workers as a stream and no outcomes.");
            await WriteAsync(Path.Combine(outputFolder, "workers.csv"), WorkerHeader, generator.GenerateWorkersWithSummaries(workers).Select(WorkerRow), cancellationToken);
        }

        await Console.Out.WriteLineAsync($"Wrote the demo population (seed {seed}) to {Path.GetFullPath(outputFolder)}");
        return 0;
    }

    private const string EmployerHeader = "employer_id,nace_code,nace_section,province,turkish_headcount,foreign_headcount,verified";
    private const string VacancyHeader = "vacancy_id,employer_id,isco,province,wage_min_kurus,wage_max_kurus,positions,seasonal,essential_skills,optional_skills,languages,posted_at,status,text";
    private const string WorkerHeader = "worker_id,protection_status,protection_registered_on,province,isco_codes,skills,languages,experience_years,education,wage_expectation_kurus,available_from,willing_to_relocate,discoverable,updated_at,text,nationality,gender,birth_year";
    private const string OutcomeHeader = "application_id,vacancy_id,worker_id,status,submitted_at,updated_at";

    private static string EmployerRow(Employer e) => Row(e.Id, e.NaceCode, e.NaceSection, e.ProvinceCode, e.TurkishHeadcount, e.ForeignHeadcount, e.Verification == VerificationStatus.Verified);

    private static string VacancyRow(Vacancy v) => Row(
        v.Id, v.EmployerId, v.IscoCode, v.ProvinceCode, v.WageMin.Kurus, v.WageMax.Kurus, v.Positions, v.SeasonalAgriculture,
        string.Join('|', v.EssentialSkillUris), string.Join('|', v.OptionalSkillUris),
        string.Join('|', v.Languages.Select(l => $"{l.LanguageCode}:{l.Minimum.Code}")), v.PostedAt.ToString("O", CultureInfo.InvariantCulture), v.Status,
        $"{v.Title}. {v.Description}");

    private static string WorkerRow((Worker Worker, string Summary) row) => WorkerRow(row.Worker, row.Summary);

    private static string WorkerRow(Worker w, string summary) => Row(
        w.Id, w.ProtectionStatus, w.ProtectionRegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.RegisteredProvinceCode,
        string.Join('|', w.OccupationCodes), string.Join('|', w.SkillUris), string.Join('|', w.Languages.Select(l => $"{l.LanguageCode}:{l.Level.Code}")),
        w.ExperienceYears, w.Education, w.WageExpectation.Kurus, w.AvailableFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        w.WillingToRelocate, w.Discoverable, w.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), summary, w.NationalityCode, w.Gender, w.BirthYear);

    private static string OutcomeRow(JobApplication a) => Row(
        a.Id, a.VacancyId, a.WorkerId, a.Status, a.SubmittedAt.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));

    private static string Row(params object?[] fields) =>
        string.Join(',', fields.Select(f => Escape(Convert.ToString(f, CultureInfo.InvariantCulture) ?? string.Empty)));

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static async Task WriteAsync(string path, string header, IEnumerable<string> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync(header.AsMemory(), cancellationToken);
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(row.AsMemory(), cancellationToken);
        }
    }
}
