using System.Text.Json;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// The proof that the lessons' charts are drawn, not just written: every <c>figure.medialit-chart</c> in the pages the
/// main job wrote (the Jupyter client's and the pack runner's) is opened in Debian's Chromium with the network closed,
/// and must hold plotly.js's <c>.main-svg</c> with marks of a visible size (bars, points, a heatmap's image).
/// The runner's charts are also saved as PNG files, artifacts/screenshots/&lt;lesson&gt;-&lt;n&gt;.png, for a person to look at.
/// </summary>
public sealed class ChartBrowserTests
{
    // Generous: a busy machine must make these slower, never make them fail. A drawn page passes at once.
    private static readonly TimeSpan DrawTimeout = TimeSpan.FromSeconds(120);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [PagesFact(Artifacts.JupyterPages)]
    public async Task Every_chart_in_the_lessons_Jupyter_executed_is_drawn()
    {
        var pages = Artifacts.Pages(Artifacts.JupyterPages);
        Assert.True(pages.Count > 0, Artifacts.MissingMessage(Artifacts.JupyterPages));

        var (charts, problems) = await CheckPages(pages, screenshots: null, offline: false);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(charts > 0, $"No figure.medialit-chart in {pages.Count} Jupyter pages: a test over no chart proves nothing.");
    }

    [PagesFact(Artifacts.RunnerPages)]
    public async Task Every_chart_in_the_exported_lessons_is_drawn_and_saved_as_a_screenshot()
    {
        var pages = Artifacts.Pages(Artifacts.RunnerPages);
        Assert.True(pages.Count > 0, Artifacts.MissingMessage(Artifacts.RunnerPages));
        string screenshots = Artifacts.PathOf(Artifacts.Screenshots);
        Directory.CreateDirectory(screenshots);

        var (charts, problems) = await CheckPages(pages, screenshots, offline: true);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(charts > 0, $"No figure.medialit-chart in {pages.Count} exported pages: a test over no chart proves nothing.");
    }

    /// <summary>One chart as the page shows it, measured in the page.</summary>
    private sealed record ChartState(int Index, string Label, int Svgs, int Marks, int SizedMarks, string PlotText);

    internal const string ChartStateScript = """
        () => Array.from(document.querySelectorAll('figure.medialit-chart')).map((figure, i) => {
          const marks = Array.from(figure.querySelectorAll('.main-svg .point, .main-svg .hm image'));
          const sized = marks.filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
          const plot = figure.querySelector('.medialit-plot');
          return { index: i + 1, label: figure.getAttribute('aria-label') || '', svgs: figure.querySelectorAll('.main-svg').length,
                   marks: marks.length, sizedMarks: sized.length,
                   plotText: plot && plot.querySelector('.main-svg') === null ? (plot.textContent || '').slice(0, 300) : '' };
        })
        """;

    /// <summary>
    /// True in the page once every chart has a visibly sized mark, or says in its place why it could not be drawn
    /// (then waiting longer cannot help).
    /// </summary>
    internal const string SettledScript = """
        () => Array.from(document.querySelectorAll('figure.medialit-chart')).every(figure => {
          const plot = figure.querySelector('.medialit-plot');
          if (plot && plot.querySelector('.main-svg') === null && (plot.textContent || '').trim() !== '') return true;
          return Array.from(figure.querySelectorAll('.main-svg .point, .main-svg .hm image'))
            .some(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
        })
        """;

    private static async Task<(int Charts, List<string> Problems)> CheckPages(IReadOnlyList<string> pages, string? screenshots, bool offline)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var problems = new List<string>();
        int charts = 0;
        foreach (string path in pages)
        {
            string lesson = Path.GetFileNameWithoutExtension(path);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var errors = new List<string>();
            // Local files load (the page, a shared plotly.js beside it, Debian's require.js); nothing else may.
            await context.RouteAsync("**/*", async route =>
            {
                if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    await route.ContinueAsync();
                    return;
                }
                lock (errors)
                    errors.Add("request to " + route.Request.Url);
                await route.AbortAsync();
            });
            var page = await context.NewPageAsync();
            page.PageError += (_, error) => { lock (errors) errors.Add("uncaught: " + error); };
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)DrawTimeout.TotalMilliseconds });
            try
            {
                await page.WaitForFunctionAsync(SettledScript, null, new PageWaitForFunctionOptions { Timeout = (float)DrawTimeout.TotalMilliseconds });
            }
            catch (TimeoutException)
            {
                // Reported chart by chart below.
            }

            var states = JsonSerializer.Deserialize<ChartState[]>(
                (await page.EvaluateAsync(ChartStateScript)).ToString()!, Json)!;
            charts += states.Length;
            foreach (var chart in states.Where(c => c.SizedMarks == 0))
            {
                problems.Add($"{lesson} chart {chart.Index} ({chart.Label}) is not drawn: {chart.Svgs} .main-svg, {chart.Marks} marks, none of visible size"
                    + (chart.PlotText.Length > 0 ? $"; its place says: {chart.PlotText}" : ""));
            }

            lock (errors)
            {
                foreach (string error in errors)
                {
                    // A page that is not meant to be offline (the Jupyter template's MathJax, say) may ask; an exported lesson may not.
                    if (offline || error.StartsWith("uncaught", StringComparison.Ordinal))
                        problems.Add($"{lesson}: {error}");
                }
            }

            if (screenshots is not null)
            {
                foreach (string old in Directory.GetFiles(screenshots, lesson + "-*.png"))
                    File.Delete(old);
                var plots = page.Locator("figure.medialit-chart .medialit-plot");
                for (int i = 0; i < states.Length; i++)
                {
                    await plots.Nth(i).ScreenshotAsync(new LocatorScreenshotOptions
                    {
                        Path = Path.Combine(screenshots, $"{lesson}-{i + 1}.png"),
                        Timeout = (float)DrawTimeout.TotalMilliseconds,
                    });
                }
            }

            await context.CloseAsync();
        }

        return (charts, problems);
    }
}
