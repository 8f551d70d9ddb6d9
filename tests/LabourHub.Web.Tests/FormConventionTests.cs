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
        var offenders = Views()
            .SelectMany(file => FormTag().Matches(File.ReadAllText(file)).Select(m => (file, tag: m.Value)))
            .Where(f => f.tag.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase) && !f.tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileName(f.file)}: {f.tag}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    /// <summary>
    /// A wide table scrolls sideways on a phone inside its .table-responsive box; keyboard users can only scroll it when
    /// the box takes focus (axe: scrollable-region-focusable). Which tables overflow depends on the data and the screen,
    /// so every box is focusable.
    /// </summary>
    [Fact]
    public void Every_sideways_scrolling_table_box_can_take_the_keyboard_focus()
    {
        var offenders = Views()
            .SelectMany(file => DivTag().Matches(File.ReadAllText(file)).Select(m => (file, tag: m.Value)))
            .Where(f => f.tag.Contains("table-responsive", StringComparison.Ordinal) && !f.tag.Contains("tabindex=\"0\"", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileName(f.file)}: {f.tag}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    private static IEnumerable<string> Views() =>
        Directory.GetFiles(Path.Combine(DeploymentFiles.Root, "web", "LabourHub.Web", "Views"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(DeploymentFiles.Root, "identity", "LabourHub.Identity", "Views"), "*.cshtml", SearchOption.AllDirectories));

    [GeneratedRegex("<div\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DivTag();

    [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();
}
