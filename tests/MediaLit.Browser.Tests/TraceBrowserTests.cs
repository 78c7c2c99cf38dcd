using System.Text.Json;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Html;
using MediaLit.Notebooks.Output;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// From a number to its sentences, as a reader does it in Chromium: a click on a count in a table, or on a bar of a
/// chart, lands on the article's reader page with exactly the counted passages highlighted. A reader page of a
/// hostile article, opened with a hostile trace in its address, runs nothing.
/// </summary>
public sealed class TraceBrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    /// <summary>What the reader page shows highlighted: each piece's offsets, and the trace in its address.</summary>
    private static async Task<(List<(int Start, int End)> Pieces, string Trace)> HighlightedAsync(IPage page)
    {
        var pieces = await page.EvaluateAsync<JsonElement>("() => [...document.querySelectorAll('.piece.traced')].map(p => [Number(p.dataset.s), Number(p.dataset.e)])");
        string trace = await page.EvaluateAsync<string>("() => new URLSearchParams(location.search).get('t')");
        return ([.. pieces.EnumerateArray().Select(p => (p[0].GetInt32(), p[1].GetInt32()))], trace);
    }

    /// <summary>The highlighted pieces cover each of this article's spans of the trace exactly, and nothing else.</summary>
    private static void AssertCoversExactly(string articleId, string trace, List<(int Start, int End)> pieces)
    {
        var spans = Trace.Parse(trace).Items.Where(i => i.ArticleId == articleId).Select(i => i.Span).Distinct().ToList();
        Assert.NotEmpty(spans);
        var covered = pieces.SelectMany(p => Enumerable.Range(p.Start, p.End - p.Start)).ToHashSet();
        var expected = spans.SelectMany(s => Enumerable.Range(s.Start, s.Length)).ToHashSet();
        Assert.True(covered.SetEquals(expected), $"highlighted {covered.Count} characters, the trace has {expected.Count}");
    }

    [ChromiumFact]
    public async Task Clicking_a_count_lands_on_the_reader_page_with_its_sentences_highlighted()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await SitePages.OpenAsync(browser, Path.Combine(site.StudentSite, "01-sourcing.html"), 1280);
        // A count of two or more sentences: the own-assertions column of the kinds table.
        var count = page.Locator("a.trace[href]").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\d+ of \\d+$") }).First;
        string expectedTrace = (await count.GetAttributeAsync("data-trace"))!;
        await count.ScrollIntoViewIfNeededAsync();
        await count.ClickAsync();
        await page.WaitForURLAsync("**/article-*.html?t=*");

        string articleId = expectedTrace[..expectedTrace.IndexOf(':', StringComparison.Ordinal)];
        Assert.EndsWith($"article-{articleId}.html", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var (pieces, trace) = await HighlightedAsync(page);
        Assert.Equal(expectedTrace, trace);
        AssertCoversExactly(articleId, trace, pieces);
        Assert.Matches("^\\d+ passages of this article highlighted\\.$", await page.Locator("#trace-note .trace-count").TextContentAsync());
        // Scrolled to the first highlighted passage: it is on screen.
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.querySelector('.piece.traced').getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.PathOf(Artifacts.Screenshots), "reader-traced-1280.png") });
    }

    /// <summary>
    /// The chart's own click: plotly.js is told the pointer is on the tallest bar (its public <c>Plotly.Fx.hover</c> with
    /// that bar's trace and point numbers, which builds the point's data, customdata included, as a real hover does), then
    /// the graph emits <c>plotly_click</c> with that hover data, as plotly's click handler does. A pointer moved and
    /// clicked by the browser did the same but depended on timing: on a busy machine plotly sometimes lost the hover or
    /// the click (2 of 4 fresh-clone CI runs failed on 2026-12-03 at load ~5), so the test was skipped until now. Which bar
    /// a pixel falls on is plotly's business; what a click on a bar does is ours, and that is what this checks.
    /// </summary>
    [ChromiumFact]
    public async Task Clicking_a_bar_lands_on_the_reader_page_with_the_sentences_behind_that_bar_highlighted()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await SitePages.OpenAsync(browser, Path.Combine(site.StudentSite, "01-sourcing.html"), 1280);
        // The tallest bar of the first chart, and the trace plotly holds for it.
        var plot = page.Locator(".medialit-plot").First;
        var bar = await plot.EvaluateAsync<JsonElement>("""
            plot => {
              let best = null;
              plot.querySelectorAll('.trace.bars').forEach((group, t) => group.querySelectorAll('.point').forEach((point, i) => {
                const h = point.getBoundingClientRect().height;
                const custom = plot.data[t].customdata && plot.data[t].customdata[i];
                if (custom && (!best || h > best.h)) best = { curve: t, point: i, h: h, trace: custom };
              }));
              return best;
            }
            """);
        Assert.Equal(JsonValueKind.Object, bar.ValueKind);
        int curve = bar.GetProperty("curve").GetInt32(), point = bar.GetProperty("point").GetInt32();
        string expectedTrace = bar.GetProperty("trace").GetString()!;

        // Plotly builds the hover data for that point; the test waits until it has, then clicks as plotly's handler would.
        await plot.EvaluateAsync("(plot, [curve, point]) => Plotly.Fx.hover(plot, [{ curveNumber: curve, pointNumber: point }])", new[] { curve, point });
        await page.WaitForFunctionAsync("() => { const d = document.querySelector('.medialit-plot')._hoverdata; return d && d.length > 0; }");
        Assert.Equal(expectedTrace, await plot.EvaluateAsync<string>("plot => plot._hoverdata[0].customdata"));
        // The wait starts before the click: the handler sets the location at once, and a wait begun after a navigation
        // already under way can miss it (it did, 30 s, while the page had long arrived).
        var landed = page.WaitForURLAsync("**/article-*.html?t=*");
        await plot.EvaluateAsync("plot => plot.emit('plotly_click', { points: plot._hoverdata, event: null })");
        await landed;

        var (pieces, trace) = await HighlightedAsync(page);
        Assert.Equal(expectedTrace, trace);
        AssertCoversExactly(expectedTrace[..expectedTrace.IndexOf(':', StringComparison.Ordinal)], trace, pieces);
    }

    [ChromiumFact]
    public async Task A_reader_page_of_a_hostile_article_opened_with_a_hostile_trace_runs_nothing()
    {
        var corpus = Corpus.Load();
        var article = ArticleLoader.FromFile(Path.Combine(AppContext.BaseDirectory, "Hostile", "hostile-article.txt"), corpus.Rules, "hostile");
        var view = corpus.ReadWhole(article) with { Anchors = [.. article.Sentences.Select(s => s.Span)] };
        using var html = new StringWriter();
        html.Write("<div class=\"medialit\">");
        view.WriteHtml(html);
        html.Write("</div>");
        string file = BrowserPages.Write("unused.html", "");
        file = Path.Combine(Path.GetDirectoryName(file)!, "article-hostile.html");
        await File.WriteAllTextAsync(file, ReaderSite.Page("hostile", html.ToString(), SiteEdition.Student));

        // Every sentence of the hostile article, and two articles whose ids are payloads.
        string trace = new Trace([.. article.Sentences.Select(s => new TracedSpan("hostile", s.Span)),
            new TracedSpan("<img src=x onerror=\"window.__pwned='trace-id';alert('trace-id')\">", new TextSpan(1, 5)),
            new TracedSpan("javascript:window.__pwned='trace-link'", new TextSpan(2, 3))]).Encoded;
        int highlighted = 0;
        var ran = await BrowserPages.ScriptsThatRan(file, async page =>
        {
            var (pieces, shown) = await HighlightedAsync(page);
            Assert.Equal(trace, shown);
            AssertCoversExactly("hostile", trace, pieces);
            highlighted = pieces.Count;
            // Ids that are not plain are not listed as links at all.
            Assert.Equal(0, await page.Locator("#trace-note li").CountAsync());
        }, "?t=" + Uri.EscapeDataString(trace));

        Assert.True(highlighted > 3);
        Assert.Empty(ran);
    }
}
