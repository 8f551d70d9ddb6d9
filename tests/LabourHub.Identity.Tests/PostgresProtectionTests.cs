using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Identity.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace LabourHub.Identity.Tests;

/// <summary>
/// Protection on PostgreSQL: the red-flag rules are seeded, a worker's report lands in the queue (ordered by deadline,
/// a DateTimeOffset comparison on this provider) and the rights page reads the wage table. Skipped without
/// LABOURHUB_TEST_POSTGRES (CI sets it).
/// </summary>
[Trait("Capability", "Protection")]
public sealed class PostgresProtectionTests
{
    [SkippableFact]
    public async Task Protection_OnPostgres_SeedsRules_QueuesReports_AndShowsRights()
    {
        var server = Environment.GetEnvironmentVariable("LABOURHUB_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server) && Environment.GetEnvironmentVariable("CI") != "true",
            "No PostgreSQL server configured: set LABOURHUB_TEST_POSTGRES. PostgreSQL protection test skipped.");
        Assert.False(string.IsNullOrEmpty(server), "CI must run the PostgreSQL tests, but LABOURHUB_TEST_POSTGRES is not set.");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"labourhub_protection_{Guid.NewGuid():N}" }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("labourhub-pg-protection-").FullName;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("LabourHub:DataFolder", folder);
            builder.UseSetting("LabourHub:DemoWorkers", "30");
            builder.UseSetting("LabourHub:DemoEmployers", "5");
            builder.UseSetting("LabourHub:DemoVacancies", "10");
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("Database:ConnectionString", connection);
            builder.UseSetting("Identity:AllowHttp", "true");
        });
        try
        {
            var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
            var worker = factory.CreateClient(options);
            Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(worker, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword)).StatusCode);
            var vacancies = await worker.GetFromJsonAsync<JsonElement>("/api/v1/vacancies");
            var vacancy = vacancies.GetProperty("items")[0].GetProperty("id").GetString();
            foreach (var reason in new[] { "other", "threats" })
            {
                var form = await worker.GetStringAsync($"/report/vacancy/{vacancy}");
                var sent = await worker.PostAsync($"/report/vacancy/{vacancy}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["reason"] = reason,
                    ["__RequestVerificationToken"] = IdentityPortalFactory.Token(form),
                }));
                Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            }

            var caseWorker = factory.CreateClient(options);
            await IdentityPortalFactory.SignInAsync(caseWorker, "caseworker@demo.labourhub.example", IdentitySeeder.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(caseWorker, MfaTests.CurrentCode())).StatusCode);
            var queue = await caseWorker.GetStringAsync("/caseworker/reports?culture=en");
            var critical = queue.IndexOf("Critical", StringComparison.Ordinal);
            var medium = queue.IndexOf("Medium", StringComparison.Ordinal);
            Assert.True(critical >= 0 && medium > critical, "the critical report (due first) is listed before the medium one");

            var rights = await factory.CreateClient().GetStringAsync("/rights?culture=tr");
            Assert.Contains("tel:157", rights, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
