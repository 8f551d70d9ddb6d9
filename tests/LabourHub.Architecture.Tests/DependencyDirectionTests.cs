using System.Xml.Linq;

namespace LabourHub.Architecture.Tests;

/// <summary>
/// The dependency direction of DESIGN.md, checked on the project files themselves: a forbidden
/// ProjectReference anywhere fails the build's tests.
/// </summary>
[Trait("Capability", "Foundation")]
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["LabourHub.Domain"] = [],
        ["LabourHub.Application"] = ["LabourHub.Domain"],
        ["LabourHub.Infrastructure"] = ["LabourHub.Application", "LabourHub.Matching", "LabourHub.Search", "LabourHub.Search.Elasticsearch"],
        ["LabourHub.Web"] = ["LabourHub.Application", "LabourHub.Infrastructure", "LabourHub.Identity"],
        ["LabourHub.Matching"] = [],
        ["LabourHub.Matching.Cli"] = ["LabourHub.Matching", "LabourHub.Infrastructure"],
        ["LabourHub.Search"] = [],
        ["LabourHub.Search.Elasticsearch"] = ["LabourHub.Search"],
        ["LabourHub.Identity"] = [],
    };

    private static readonly string[] ProductFolders = ["web", "matching-engine", "identity", "search"];

    public static TheoryData<string> ProductProjects => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(ProductProjects))]
    public void Project_ReferencesOnlyWhatTheDesignAllows(string project)
    {
        var references = ProjectReferences(FindProject(project));

        var forbidden = references.Except(Allowed[project]).ToList();
        Assert.True(forbidden.Count == 0, $"{project} must not reference {string.Join(", ", forbidden)} (DESIGN.md, dependency direction).");
    }

    [Fact]
    public void Domain_HasNoPackageReferences()
    {
        var packages = XDocument.Load(FindProject("LabourHub.Domain")).Descendants("PackageReference").ToList();

        Assert.Empty(packages);
    }

    [Fact]
    public void EveryProductProject_IsKnownToThisTest_AndInTheSolution()
    {
        var root = RepositoryRoot();
        var solution = File.ReadAllText(Path.Combine(root, "LabourHub.sln"));
        var products = ProductFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.Equal(Allowed.Keys.Order(), products.Order()!);
        Assert.All(products, p => Assert.Contains($"\"{p}\"", solution, StringComparison.Ordinal));
    }

    [Fact]
    public void TheCheck_CanFail_OnAForbiddenReference()
    {
        var project = XDocument.Parse("""
            <Project><ItemGroup><ProjectReference Include="..\LabourHub.Infrastructure\LabourHub.Infrastructure.csproj" /></ItemGroup></Project>
            """);

        Assert.Equal(["LabourHub.Infrastructure"], References(project));
        Assert.DoesNotContain("LabourHub.Infrastructure", Allowed["LabourHub.Domain"]);
    }

    private static List<string> ProjectReferences(string path) => References(XDocument.Load(path));

    private static List<string> References(XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    private static string FindProject(string name) =>
        Directory.GetFiles(RepositoryRoot(), name + ".csproj", SearchOption.AllDirectories).Single(p => !p.Contains("/tests/", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LabourHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LabourHub.sln not found above the test binaries.");
    }
}
