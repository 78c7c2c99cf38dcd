using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Display;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// The proof that article text inside a chart stays text: charts whose titles, axis titles, category labels, series
/// names, heatmap categories and hover texts are the hostile article's sentences (script tags, event handlers,
/// javascript: links, malformed tags) and crafted strings (&lt;/script&gt;&lt;script&gt;, &lt;!--, quotes, U+2028,
/// plotly.js's own &lt;a href&gt; and &lt;b&gt;) are shown through the library's HTML formatter and opened in Chromium.
/// Nothing may run (the detector of <see cref="BrowserPages"/>), every chart must be drawn, and the hostile strings must
/// show as the text they are: in the SVG, in the hover label and in the table alternative.
/// </summary>
public sealed class HostileChartBrowserTests
{
    private static string Run(string tag) =>
        $"window.__pwned=(window.__pwned||[]).concat('{tag}');document.title='PWNED {tag}';alert('{tag}');fetch('http://pwned.invalid/{tag}')";

    // Short enough that no hover line wraps inside them, so they can be found whole in the page's text.
    private static readonly string EndsScript = $"\"Quoted\" and 'single' </script><script>{Run("chart-script")}</script>";
    private static readonly string Image = $"<img src=x onerror=\"{Run("chart-img")}\">";
    private static readonly string Comment = "<!-- <script> opened\u2028and\u2029split";
    private static readonly string PlotlyLink = $"<a href=\"javascript:{Run("chart-link")}\">link</a> <b>bold</b>";
    private static readonly string Svg = $"<svg onload=\"{Run("chart-svg")}\">";

    /// <summary>The hostile article's paragraphs, each a sentence or two with a payload.</summary>
    private static string[] ArticleSentences() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hostile", "hostile-article.txt"))
            .Select(l => l.TrimStart('#', ' ').Trim())
            .Where(l => l.Contains('<', StringComparison.Ordinal) || l.Contains("javascript:", StringComparison.Ordinal))];

    [ChromiumFact]
    public async Task Charts_of_hostile_text_are_drawn_show_it_as_text_and_run_none_of_it()
    {
        string[] sentences = ArticleSentences();
        Assert.True(sentences.Length >= 5, "the hostile article lost its payloads");
        string[] labels = [EndsScript, Image, Comment, PlotlyLink, Svg];
        string[] hover = [EndsScript, .. sentences.Skip(1).Take(labels.Length - 1)];

        var charts = new (string Name, Chart Chart)[]
        {
            ("bars", Chart.Bars(sentences[0], Image, Comment,
                [
                    new ChartSeries(EndsScript, labels, [1, 2, 3, 4, 5]) { Hover = hover, Color = "#0072B2" },
                    new ChartSeries(PlotlyLink, labels, [2, 1, 2, 1, 2]) { Color = "#E69F00" },
                ])),
            ("stacked bars", Chart.Bars(EndsScript, sentences[1], Svg,
                [new ChartSeries(Image, labels, [1, 1, 1, 1, 1]) { Hover = [.. sentences.Take(labels.Length)] }], BarLayout.Stacked)),
            ("horizontal bars", Chart.Bars(Comment, "z-score", PlotlyLink,
                [new ChartSeries(Svg, labels, [3, 2.5, 2, 1.5, 1]) { Hover = hover }], BarLayout.Horizontal)),
            ("heatmap", Chart.Heatmap(PlotlyLink, Image, EndsScript,
                new HeatmapData(labels[..3], labels[2..], [[0, 1, 2], [3, 4, 5], [6, 7, 8]]) { ValueName = Svg })),
            ("heatmap of categories", Chart.Heatmap(Svg, EndsScript, Comment,
                new HeatmapData(labels[..2], labels[..2], [[0, 1], [2, 1]])
                {
                    Categories = ["not mentioned", Image, EndsScript],
                    Hover = [[sentences[0], sentences[2]], [sentences[3], ""]],
                })),
            ("dates", Chart.Dates(Image, EndsScript,
                [
                    new TimelineTrace(PlotlyLink, [new DateTime(2021, 7, 8), new DateTime(2020, 6, 26)], [labels[0], labels[1]], [sentences[2], EndsScript], "#009E73"),
                    new TimelineTrace(Comment, [new DateTime(2017, 12, 1)], [labels[4]], [Svg], "#D55E00"),
                ])),
        };

        var formatter = new MediaLitFormatterSource().CreateTypeFormatters().Cast<MediaLitFormatter>().Single(f => f.MimeType == "text/html");
        var body = new StringBuilder();
        // plotly.js, as a lesson's first cell loads it (a chart writes it only once per process, and another test may have).
        using (var load = new StringWriter())
        {
            Assert.True(formatter.Format(Charts.Load(), load));
            body.Append(load);
        }
        foreach (var (name, chart) in charts)
        {
            using var writer = new StringWriter();
            Assert.True(formatter.Format(chart, writer), $"no HTML formatter for the {name} chart");
            // The markup must not carry any hostile string raw, whole or in part: only the encoded form reaches the page.
            foreach (string text in (string[])[.. labels, "<script>window.__pwned", "<img src=x", "<svg onload", "<a href=", "<!--"])
                Assert.DoesNotContain(text, writer.ToString(), StringComparison.Ordinal);
            // Inside the drawing script, nothing that opens a tag or a comment, and no raw line separators.
            var script = Regex.Match(writer.ToString(), "<script>(.*?)</script>", RegexOptions.Singleline);
            Assert.True(script.Success, $"no drawing script in the {name} chart");
            Assert.DoesNotMatch("[<\u2028\u2029]", script.Groups[1].Value);
            body.Append("<section><h2>").Append(WebUtility.HtmlEncode(name)).Append("</h2>").Append(writer).Append("</section>\n");
        }

        string page = BrowserPages.Write("hostile-charts.html", body.ToString());
        var shown = new List<string>();
        var ran = await BrowserPages.ScriptsThatRan(page, async p => shown.AddRange(await Shown(p, charts.Length)));

        Assert.Empty(ran);
        Assert.Empty(shown);
    }

    /// <summary>What is wrong with the charts as shown: not drawn, markup made from text, hostile text missing.</summary>
    private static async Task<List<string>> Shown(IPage page, int expected)
    {
        var problems = new List<string>();
        try
        {
            await page.WaitForFunctionAsync(ChartBrowserTests.SettledScript, null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            // Reported chart by chart below; the detector then says what ran instead.
        }

        var states = JsonSerializer.Deserialize<JsonElement[]>((await page.EvaluateAsync(ChartBrowserTests.ChartStateScript)).ToString()!)!;
        if (states.Length != expected)
            problems.Add($"{states.Length} charts in the page, not {expected}");
        foreach (var state in states.Where(s => s.GetProperty("sizedMarks").GetInt32() == 0))
            problems.Add($"chart {state.GetProperty("index")} is not drawn: {state}");

        // No element, attribute or link made from the text: the only scripts are plotly.js and one per chart.
        int madeFromText = await page.EvaluateAsync<int>("""
            () => document.querySelectorAll('figure img, figure iframe, figure [onerror], figure [onload], figure [onmouseover], figure b, figure svg svg, '
              + 'figure a[href^="javascript:"], figure a[*|href^="javascript:"]').length
            """);
        if (madeFromText > 0)
            problems.Add($"{madeFromText} elements made from the chart text (img, iframe, b, nested svg, handler attributes, javascript: links)");
        int scripts = await page.EvaluateAsync<int>("() => document.querySelectorAll('script').length");
        if (scripts != expected + 1)
            problems.Add($"{scripts} script elements, not {expected + 1} (plotly.js and one per chart)");

        // The text as the reader sees it: the SVGs' labels and titles, and the tables.
        string svgText = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('figure .main-svg')).map(s => s.textContent).join('\\n')");
        string tableText = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('figure details table')).map(t => t.textContent).join('\\n')");
        foreach (string text in new[] { EndsScript, Image, PlotlyLink, Svg })
        {
            if (!svgText.Contains(text, StringComparison.Ordinal))
                problems.Add($"the chart does not show as text: {text}");
            if (!tableText.Contains(text, StringComparison.Ordinal))
                problems.Add($"the table alternative does not show as text: {text}");
        }

        if (!tableText.Contains(Comment, StringComparison.Ordinal))
            problems.Add($"the table alternative does not show as text: {Comment}");

        if (states.Length == 0 || states[0].GetProperty("sizedMarks").GetInt32() == 0)
            return problems;

        // Hover over the first bar of the first chart: its label is the sentence that ends a script, shown as text.
        var bar = page.Locator("figure.medialit-chart").First.Locator(".main-svg .point path").First;
        await bar.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 60_000 });
        string hoverText = "";
        for (int attempt = 0; attempt < 50 && hoverText.Length == 0; attempt++)
        {
            hoverText = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('.hoverlayer')).map(h => h.textContent).join('')");
            if (hoverText.Length == 0)
                await page.WaitForTimeoutAsync(100);
        }

        // Hover text is wrapped at spaces into lines (tspans, whose textContent runs together): look for a part without one.
        if (!hoverText.Contains("</script><script>window.__pwned", StringComparison.Ordinal))
            problems.Add($"hovering the first bar does not show its hover text as text; it shows: {hoverText}");
        await page.Mouse.MoveAsync(0, 0);
        return problems;
    }
}
