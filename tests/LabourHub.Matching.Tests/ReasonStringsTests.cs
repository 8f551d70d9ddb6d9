using System.Xml.Linq;
using LabourHub.Matching.Features;

namespace LabourHub.Matching.Tests;

/// <summary>Every feature can be given as a reason in the portal's four languages (tools/localisation → .resx).</summary>
[Trait("Capability", "Matching")]
public sealed class ReasonStringsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(".tr")]
    [InlineData(".ar")]
    [InlineData(".fa")]
    public void EveryFeature_HasAReasonString(string language)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "LabourHub.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var resx = XDocument.Load(Path.Combine(root.FullName, "web", "LabourHub.Web", "Resources", $"SharedResource{language}.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string?)d.Attribute("name")).ToHashSet();

        // Said to the worker ("you have...") and about a candidate to an employer or case worker ("has...").
        Assert.All(FeatureSchema.Names, name => Assert.Contains($"Reason.{name}+", keys));
        Assert.All(FeatureSchema.Names, name => Assert.Contains($"Candidate.Reason.{name}+", keys));
    }
}
