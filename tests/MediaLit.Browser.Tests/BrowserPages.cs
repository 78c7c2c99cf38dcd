using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// Pages written for a browser test, and the detector that proves no script from their content ran: every payload
/// in the hostile fixtures, if it ran, would set window.__pwned, change the title, open a dialog or request a URL.
/// </summary>
internal static class BrowserPages
{
    /// <summary>A page with the given body in a fresh temporary folder; returns its path.</summary>
    public static string Write(string name, string body)
    {
        string path = Path.Combine(TempFolders.New("medialit-browser-"), name);
        File.WriteAllText(path, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>MediaLit check</title></head><body>{body}</body></html>");
        return path;
    }

    /// <summary>
    /// Opens the file (with <paramref name="query"/>, e.g. "?t=…", after its URL) in Chromium, pokes every element, and lists every sign that a script ran. <paramref name="inspect"/>,
    /// if given, looks at the page once it has loaded, before anything is poked (to check what the page shows).
    /// </summary>
    public static async Task<List<string>> ScriptsThatRan(string path, Func<IPage, Task>? inspect = null, string query = "")
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var ran = new List<string>();
        string url = new Uri(path).AbsoluteUri + query;
        var context = await browser.NewContextAsync();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == url)
            {
                await route.ContinueAsync();
                return;
            }
            lock (ran)
                ran.Add("request " + route.Request.Url);
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            lock (ran)
                ran.Add($"dialog {dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        string title = await page.TitleAsync();
        if (inspect is not null)
            await inspect(page);
        // Handlers only run when something happens: make everything happen that a reader could do.
        await page.EvaluateAsync("""
            () => {
              for (const e of Array.from(document.querySelectorAll('body *'))) {
                for (const type of ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'input', 'change', 'animationstart'])
                  e.dispatchEvent(new Event(type, { bubbles: true }));
                // Links only when they would run code: following an ordinary link is not a script running.
                // SVG elements (a chart's) have no click(): they get a click event, which follows an SVG link too.
                const link = e instanceof HTMLAnchorElement ? e.protocol
                  : e instanceof SVGAElement ? (e.href.baseVal.trim().toLowerCase().startsWith('javascript:') ? 'javascript:' : 'other') : null;
                if (link === null || link === 'javascript:') {
                  if (typeof e.click === 'function') e.click(); else e.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                }
              }
            }
            """);
        await page.WaitForTimeoutAsync(500);
        if (page.Url != url)
            ran.Add("navigated to " + page.Url);
        else
        {
            if (await page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)") is { } pwned)
                ran.Add("window.__pwned = " + pwned);
            if (await page.TitleAsync() is var after && (after != title || after.StartsWith("PWNED", StringComparison.Ordinal)))
                ran.Add("title changed to " + after);
        }
        lock (ran)
            return [.. ran];
    }
}
