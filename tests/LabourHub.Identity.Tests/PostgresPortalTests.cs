using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourHub.Identity.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace LabourHub.Identity.Tests;

/// <summary>
/// The whole portal on PostgreSQL: marketplace and identity migrations into one database, each with its own history
/// table; a demo account signs in. Skipped without LABOURHUB_TEST_POSTGRES (CI sets it).
/// </summary>
[Trait("Capability", "Identity")]
public sealed class PostgresPortalTests
{
    [SkippableFact]
    public async Task Portal_OnPostgres_MigratesBothStores_AndSignsIn()
    {
        var server = Environment.GetEnvironmentVariable("LABOURHUB_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server) && Environment.GetEnvironmentVariable("CI") != "true",
            "No PostgreSQL server configured: set LABOURHUB_TEST_POSTGRES. PostgreSQL portal test skipped.");
        Assert.False(string.IsNullOrEmpty(server), "CI must run the PostgreSQL tests, but LABOURHUB_TEST_POSTGRES is not set.");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"labourhub_portal_{Guid.NewGuid():N}" }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("labourhub-pg-portal-").FullName;
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
            var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var signIn = await IdentityPortalFactory.SignInAsync(browser, "caseworker@demo.labourhub.example", IdentitySeeder.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode())).StatusCode);
            var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me");
            Assert.Equal("CaseWorker", me.GetProperty("roles")[0].GetString());
            var vacancies = await browser.GetFromJsonAsync<JsonElement>("/api/v1/vacancies");
            Assert.True(vacancies.GetProperty("total").GetInt32() > 0);
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
