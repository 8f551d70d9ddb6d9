using System.Text.RegularExpressions;

namespace LabourHub.Web.Tests;

/// <summary>
/// Every form that posts carries its own antiforgery field. A form with an explicit action gets none unless it asks
/// (asp-antiforgery="true"); tests that borrow another form's token on the page would not notice, a browser does.
/// </summary>
[Trait("Capability", "E2E")]
public sealed partial class FormConventionTests
{
    [Fact]
    public void Every_posting_form_in_the_views_asks_for_its_antiforgery_field()
    {
        var root = DeploymentFiles.Root;
        var offenders = Directory.GetFiles(Path.Combine(root, "web", "LabourHub.Web", "Views"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "identity", "LabourHub.Identity", "Views"), "*.cshtml", SearchOption.AllDirectories))
            .SelectMany(file => FormTag().Matches(File.ReadAllText(file)).Select(m => (file, tag: m.Value)))
            .Where(f => f.tag.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase) && !f.tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileName(f.file)}: {f.tag}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();
}
