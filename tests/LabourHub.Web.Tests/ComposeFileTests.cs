using System.Text.RegularExpressions;

namespace LabourHub.Web.Tests;

/// <summary>infra/compose.yaml, infra/Caddyfile and infra/Dockerfile agree with each other and with the app (no Docker here).</summary>
[Trait("Capability", "Infra")]
public sealed partial class ComposeFileTests
{
    private static readonly Dictionary<object, object> Compose = DeploymentFiles.Documents("infra/compose.yaml").Single();
    private static readonly Dictionary<object, object> Services = Compose.Map("services");

    [Fact]
    public void Compose_HasTwoWebReplicasAWorkerAProxyPostgresAndElasticsearch9()
    {
        Assert.Equal(["elasticsearch", "elasticsearch-templates", "postgres", "proxy", "web", "worker"], Services.Keys.Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal("2", Services.Map("web").Map("deploy").Text("replicas"));
        Assert.Matches(@"^docker\.elastic\.co/elasticsearch/elasticsearch:9\.\d+\.\d+$", Services.Map("elasticsearch").Text("image"));
        Assert.Equal("single-node", Services.Map("elasticsearch").Map("environment").Text("discovery.type"));
        Assert.StartsWith("postgres:", Services.Map("postgres").Text("image"), StringComparison.Ordinal);
        Assert.StartsWith("caddy:", Services.Map("proxy").Text("image"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    public void AppServices_UseTheOneImageBuiltByInfraDockerfile_WithTheirRole(string service)
    {
        var app = Services.Map(service);

        Assert.StartsWith("labourhub/labourhub:", app.Text("image"), StringComparison.Ordinal);
        Assert.Equal("infra/Dockerfile", app.Map("build").Text("dockerfile"));
        Assert.True(File.Exists(DeploymentFiles.Path("infra/Dockerfile")));
        Assert.Equal(service, app.Map("environment").Text("LabourHub__Role"));
        Assert.Equal("8080", app.Map("environment").Text("ASPNETCORE_HTTP_PORTS"));
        Assert.Equal("postgres", app.Map("environment").Text("Database__Provider"));
        Assert.Equal("elasticsearch", app.Map("environment").Text("Search__Provider"));
        Assert.Equal("http://elasticsearch:9200", app.Map("environment").Text("Search__Elasticsearch__Url"));
        Assert.Contains(app.List("volumes"), v => v.ToString() == "labourhub-data:/data");
        var probe = string.Join(' ', app.Map("healthcheck").List("test"));
        Assert.Contains("/dev/tcp/127.0.0.1/8080", probe, StringComparison.Ordinal);
        Assert.Contains("GET /health/ready", probe, StringComparison.Ordinal);
    }

    [Fact]
    public void AppEnvironment_NamesOnlySettingsTheAppBinds()
    {
        var known = DeploymentFiles.KnownSettings();
        foreach (var service in new[] { "web", "worker" })
        {
            var names = Services.Map(service).Map("environment").Keys.Cast<string>().Where(n => n.Contains("__", StringComparison.Ordinal));
            Assert.All(names, name => Assert.Contains(name, known));
        }

        Assert.Contains("LabourHub__Role", known);
    }

    [Fact]
    public void Secrets_ComeFromTheEnvironment_NeverFromTheFile()
    {
        var postgres = Services.Map("postgres").Map("environment");
        var web = Services.Map("web").Map("environment");

        Assert.Equal("${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}", postgres.Text("POSTGRES_PASSWORD"));
        Assert.Contains("Password=${POSTGRES_PASSWORD:?", web.Text("Database__ConnectionString"), StringComparison.Ordinal);
        Assert.StartsWith("${", web.Text("Identity__CertificatePassword"), StringComparison.Ordinal);
        Assert.DoesNotMatch(PasswordLiteral(), File.ReadAllText(DeploymentFiles.Path("infra/compose.yaml")));
    }

    [Fact]
    public void Proxy_PublishesPort8080_AndBalancesOverTheWebReplicasOnTheirPort()
    {
        var proxy = Services.Map("proxy");
        var caddyfile = File.ReadAllText(DeploymentFiles.Path("infra/Caddyfile"));

        Assert.Contains(proxy.List("ports"), p => p.ToString() == "8080:80");
        Assert.Contains(proxy.List("volumes"), v => v.ToString() == "./Caddyfile:/etc/caddy/Caddyfile:ro");
        Assert.Matches(@"dynamic a \{\s+name web\s+port 8080", caddyfile);
        Assert.Contains(":80 {", caddyfile, StringComparison.Ordinal);
        Assert.Equal("service_healthy", Services.Map("web").Map("depends_on").Map("worker").Text("condition"));
    }

    [Fact]
    public void ElasticsearchTemplates_AreTheCommittedFiles()
    {
        var templates = Services.Map("elasticsearch-templates");
        var script = string.Join('\n', templates.List("command"));

        Assert.Contains(templates.List("volumes"), v => v.ToString() == "./elasticsearch:/templates:ro");
        Assert.Contains("_component_template/labourhub-analysis", script, StringComparison.Ordinal);
        foreach (var index in new[] { "vacancies", "candidates", "occupations" })
        {
            Assert.True(File.Exists(DeploymentFiles.Path($"infra/elasticsearch/{index}.index-template.json")));
        }

        Assert.True(File.Exists(DeploymentFiles.Path("infra/elasticsearch/analysis.component-template.json")));
    }

    [Fact]
    public void Dockerfile_BuildsAssetsWithNpm_AndRunsOnTheAspNetImageAsNonRoot()
    {
        var dockerfile = File.ReadAllText(DeploymentFiles.Path("infra/Dockerfile"));
        var stages = Regex.Matches(dockerfile, @"^FROM (\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["node:20-bookworm-slim", "mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"], stages);
        Assert.Contains("npm ci", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"LabourHub.Web.dll\"]", dockerfile, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?i)password\s*[:=]\s*[""']?(?!\$\{)[A-Za-z0-9]{6,}")]
    private static partial Regex PasswordLiteral();
}
