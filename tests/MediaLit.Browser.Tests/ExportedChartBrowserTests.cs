using MediaLit.Notebooks;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// The exported site draws its charts from the one plotly.js file the runner writes beside the pages, with no other
/// request: a lesson with charts, run by the real runner, opened in Chromium from disk.
/// </summary>
public sealed class ExportedChartBrowserTests
{
    [ChromiumFact]
    public async Task An_exported_lesson_draws_every_chart_from_the_sites_plotly_js()
    {
        string output = TempFolders.New("medialit-charts-");
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = output });
        var result = await runner.RunAsync(Path.Combine(Artifacts.RepositoryRoot, "notebooks", "01-sourcing.ipynb"));
        Assert.All(result.Cells.Where(c => c.Status != CellStatus.Markdown), c => Assert.True(c.Status == CellStatus.Passed, $"cell {c.Number}: {c.Status} {c.Message}"));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(result.HtmlPath!).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        int figures = await page.EvaluateAsync<int>("() => document.querySelectorAll('figure.medialit-chart').length");
        Assert.True(figures > 0, "the lesson's page has no chart");
        // plotly.js draws each figure as .main-svg inside the figure's own container.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('figure.medialit-chart .main-svg').length >= n", figures);
        Assert.All(requests, url => Assert.True(url.StartsWith("file://", StringComparison.Ordinal), $"the page asked for {url}"));
        Assert.Single(requests, url => url.EndsWith(".min.js", StringComparison.Ordinal));
    }

}
