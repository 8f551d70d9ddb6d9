namespace LabourHub.Web.Tests;

/// <summary>infra/k8s: what kubectl would apply, checked for ports, images, settings, probes and selectors.</summary>
[Trait("Capability", "Infra")]
public sealed class KubernetesManifestTests
{
    private static readonly List<Dictionary<object, object>> Objects = Directory
        .GetFiles(DeploymentFiles.Path("infra/k8s"), "*.yaml")
        .Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal))
        .SelectMany(f => DeploymentFiles.Documents(Path.GetRelativePath(DeploymentFiles.Root, f)))
        .ToList();

    [Fact]
    public void Kustomization_ListsEveryManifest_ButNotTheSecretTemplate()
    {
        var kustomization = DeploymentFiles.Documents("infra/k8s/kustomization.yaml").Single();
        var resources = kustomization.List("resources").Select(r => r.ToString()!).ToList();
        var files = Directory.GetFiles(DeploymentFiles.Path("infra/k8s"), "*.yaml").Select(Path.GetFileName).ToList();

        Assert.All(resources, r => Assert.Contains(r, files));
        Assert.DoesNotContain("secret.template.yaml", resources);
        Assert.Equal(files.Count - 2, resources.Count); // all but kustomization.yaml and the secret template
    }

    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    public void Deployment_RunsTheImageInItsRole_WithProbesOnTheHealthEndpoints(string role)
    {
        var deployment = Object("Deployment", $"labourhub-{role}");
        var pod = deployment.Map("spec").Map("template").Map("spec");
        var container = (Dictionary<object, object>)pod.List("containers").Single();

        Assert.StartsWith("labourhub/labourhub:", container.Text("image"), StringComparison.Ordinal);
        Assert.Equal("8080", ((Dictionary<object, object>)container.List("ports").Single()).Text("containerPort"));
        Assert.Contains(container.List("env").Cast<Dictionary<object, object>>(), e => e.Text("name") == "LabourHub__Role" && e.Text("value") == role);
        Assert.Equal("/health/live", container.Map("livenessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/health/ready", container.Map("readinessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/health/live", container.Map("startupProbe").Map("httpGet").Text("path"));
        Assert.Equal("http", container.Map("livenessProbe").Map("httpGet").Text("port"));
        Assert.Equal("true", pod.Map("securityContext").Text("runAsNonRoot"));
        Assert.Equal("false", container.Map("securityContext").Text("allowPrivilegeEscalation"));
        var sources = container.List("envFrom").Cast<Dictionary<object, object>>().ToList();
        Assert.Contains(sources, s => s.Has("configMapRef") && s.Map("configMapRef").Text("name") == "labourhub-config");
        Assert.Contains(sources, s => s.Has("secretRef") && s.Map("secretRef").Text("name") == "labourhub-secrets");
        Assert.Equal(Labels(role), Selector(deployment.Map("spec")));
        Assert.Equal(Labels(role), deployment.Map("spec").Map("template").Map("metadata").Map("labels").ToDictionary(p => p.Key.ToString()!, p => p.Value.ToString()!));
    }

    [Fact]
    public void ConfigMapAndSecretTemplate_NameOnlySettingsTheAppBinds_AndTheSecretHoldsNoValue()
    {
        var known = DeploymentFiles.KnownSettings();
        var config = Object("ConfigMap", "labourhub-config").Map("data");
        var secret = Object("Secret", "labourhub-secrets").Map("stringData");
        var certificates = Object("Secret", "labourhub-oidc-certs").Map("data");

        Assert.All(config.Keys.Cast<string>().Where(k => k.Contains("__", StringComparison.Ordinal)), k => Assert.Contains(k, known));
        Assert.All(secret.Keys.Cast<string>(), k => Assert.Contains(k, known));
        Assert.All(secret.Values.Concat(certificates.Values), v => Assert.Equal(string.Empty, v?.ToString() ?? string.Empty));
        Assert.Contains("Database__ConnectionString", secret.Keys.Cast<string>());
        Assert.Equal("8080", config.Text("ASPNETCORE_HTTP_PORTS"));
        Assert.Equal("postgres", config.Text("Database__Provider"));
        Assert.Equal("elasticsearch", config.Text("Search__Provider"));
    }

    [Theory]
    [InlineData("web", "80")]
    [InlineData("worker", "8080")]
    public void Service_SelectsItsRolesPods_OnTheNamedHttpPort(string role, string port)
    {
        var service = Object("Service", $"labourhub-{role}");
        var servicePort = (Dictionary<object, object>)service.Map("spec").List("ports").Single();

        Assert.Equal(port, servicePort.Text("port"));
        Assert.Equal("http", servicePort.Text("targetPort"));
        Assert.Equal(Labels(role), service.Map("spec").Map("selector").ToDictionary(p => p.Key.ToString()!, p => p.Value.ToString()!));
    }

    [Fact]
    public void Autoscaler_ScalesTheWebDeploymentFromTwo_AndBudgetsKeepItServing()
    {
        var hpa = Object("HorizontalPodAutoscaler", "labourhub-web").Map("spec");
        var webBudget = Object("PodDisruptionBudget", "labourhub-web").Map("spec");
        var workerBudget = Object("PodDisruptionBudget", "labourhub-worker").Map("spec");

        Assert.Equal("Deployment", hpa.Map("scaleTargetRef").Text("kind"));
        Assert.Equal("labourhub-web", hpa.Map("scaleTargetRef").Text("name"));
        Assert.True(int.Parse(hpa.Text("minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("1", webBudget.Text("minAvailable"));
        Assert.Equal(Labels("web"), Selector(webBudget));
        Assert.Equal(Labels("worker"), Selector(workerBudget));
    }

    private static Dictionary<object, object> Object(string kind, string name) =>
        Objects.Single(o => o.Text("kind") == kind && o.Map("metadata").Text("name") == name);

    private static Dictionary<string, string> Labels(string role) => new()
    {
        ["app.kubernetes.io/name"] = "labourhub",
        ["app.kubernetes.io/component"] = role,
    };

    private static Dictionary<string, string> Selector(Dictionary<object, object> spec) =>
        spec.Map("selector").Map("matchLabels").ToDictionary(p => p.Key.ToString()!, p => p.Value.ToString()!);
}
