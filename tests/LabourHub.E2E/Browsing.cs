using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OtpNet;

namespace LabourHub.E2E;

/// <summary>What every journey does in the browser: sign in, fill forms by keyboard, check pages with axe.</summary>
public static class Browsing
{
    /// <summary>The WCAG 2.2 AA rule set (with the 2.0 and 2.1 A/AA rules it builds on).</summary>
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Waiting for a page means its HTML is parsed (the portal's pages have nothing that loads later).</summary>
    public static PageWaitForURLOptions Loaded { get; } = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static string Code(string totpKey) => new Totp(Base32Encoding.ToBytes(totpKey)).ComputeTotp();

    /// <summary>Password, then (when asked) the authenticator code, through the real pages.</summary>
    public static async Task SignInAsync(IPage page, string login, string password, string? totpKey = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Login", login);
        await page.FillAsync("#Password", password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), Loaded);
        if (totpKey is not null && page.Url.Contains("/account/mfa", StringComparison.Ordinal))
        {
            await page.FillAsync("input[name=Code]", Code(totpKey));
            await page.Locator("main form button[type=submit]").First.ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/mfa", StringComparison.Ordinal), Loaded);
        }

        Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Serious and critical WCAG 2.2 AA violations on the page as it is now, described for the failure message.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag);
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url} [{v.Impact}] {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }

    /// <summary>
    /// Asserts the page has no serious or critical violation. axe runs in the page, so for a page browsed with
    /// JavaScript off the same address is opened, with the same cookies, in a context where scripts run.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, bool scriptsOff = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        IReadOnlyList<string> problems;
        if (scriptsOff)
        {
            var state = await page.Context.StorageStateAsync();
            await using var context = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
            {
                StorageState = state,
                ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
            });
            var twin = await context.NewPageAsync();
            await twin.GotoAsync(page.Url);
            problems = await AccessibilityProblemsAsync(twin);
        }
        else
        {
            problems = await AccessibilityProblemsAsync(page);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Moves the focus with Tab (at most 80 presses) until the element matching the selector has it.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        // ":focus" is matched by Playwright's own selector engine, which works with the page's JavaScript turned off.
        var focused = page.Locator(string.Join(", ", selector.Split(',').Select(s => s.Trim() + ":focus")));
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await focused.CountAsync() > 0)
            {
                return;
            }
        }

        Assert.Fail($"{selector} cannot be reached with the Tab key on {page.Url}");
    }

    /// <summary>Tabs to a text field and types into it.</summary>
    public static async Task TypeAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to a select and moves through its options with the arrow keys until the value is chosen.</summary>
    public static async Task ChooseAsync(IPage page, string selector, string value)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, selector);
        var select = page.Locator(selector).First;
        var options = await select.Locator("option").CountAsync();
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i <= options && await select.InputValueAsync() != value; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(value, await select.InputValueAsync());
    }

    /// <summary>Tabs to a button or link and presses Enter, then waits for the next page.</summary>
    public static async Task PressAsync(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, selector);
#pragma warning disable CS0612 // Obsolete in favour of waiting for a known URL; a form post may come back to the same URL.
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));
#pragma warning restore CS0612
    }
}
