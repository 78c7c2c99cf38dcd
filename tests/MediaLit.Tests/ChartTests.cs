using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Evidence;
using MediaLit.Narratives;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// The charts the library draws: each holds its table's numbers, names its axes, uses the pack's colours,
/// carries a table alternative, and lets no article text out of its script.
/// </summary>
public sealed partial class ChartTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private IEnumerable<(string Name, Chart Chart)> LessonCharts()
    {
        var narratives = _corpus.Narratives();
        yield return ("kinds", SourcingAnalysis.Sourcing(_corpus).PlotKinds());
        yield return ("overlap", TextReuse.Find(_corpus).Matrix.PlotOverlap());
        yield return ("dates", _corpus.Timeline().PlotDates());
        yield return ("stances", narratives.Claims.PlotStances());
        yield return ("loaded language", narratives.Framing.PlotLoadedLanguage());
        yield return ("distinctive words", narratives.DistinctiveWordsOf("000").PlotDistinctiveWords(12));
        yield return ("signals", _corpus.Evidence().PlotSignals("named-sources", "anonymous-sources", "quotations", "hedges", "boosters"));
        yield return ("ach", AchReader.Load(_corpus).PlotRatings());
    }

    [Fact]
    public void The_stacked_bars_draw_the_numbers_of_the_kinds_table_and_hover_shows_their_sentences()
    {
        var profiles = SourcingAnalysis.Sourcing(_corpus);
        var chart = profiles.PlotKinds();
        Assert.Equal(BarLayout.Stacked, chart.Layout);
        Assert.Equal(profiles.KindsChart().Select(s => s.Values), chart.Series.Select(s => s.Values));
        // 002 quotes named experts; the hover of that bar quotes one of the sentences behind it.
        var experts = chart.Series[SourcingViews.KindOrder.ToList().IndexOf(SourceKind.NamedExpert)];
        var p002 = profiles.Single(p => p.Article.Id == "002");
        string firstSentence = p002.SentencesFor(SourceKind.NamedExpert)[0].Text.Trim();
        Assert.Contains(firstSentence[..40], experts.Hover![2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_lesson_chart_has_a_title_axis_titles_an_aria_label_and_a_table_alternative()
    {
        foreach (var (name, chart) in LessonCharts())
        {
            var figure = Figure(chart);
            var layout = figure.GetProperty("layout");
            Assert.False(string.IsNullOrWhiteSpace(layout.GetProperty("title").GetProperty("text").GetString()), name);
            Assert.False(string.IsNullOrWhiteSpace(layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString()), name);
            Assert.False(string.IsNullOrWhiteSpace(layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString()), name);
            string html = Html(chart);
            Assert.Contains("<figure class=\"medialit-chart\" aria-label=\"Chart: ", html, StringComparison.Ordinal);
            Assert.Contains("<details class=\"chart-table\">", html, StringComparison.Ordinal);
            Assert.True(chart.ToTable().Rows.Count > 0, name);
            Assert.Equal(chart.ToTable().ToPlainText(), PlainText(chart));
        }
    }

    [Fact]
    public void Series_colours_come_from_the_okabe_ito_palette_and_heatmaps_from_viridis_or_flat_categories()
    {
        foreach (var (name, chart) in LessonCharts())
        {
            foreach (var trace in Figure(chart).GetProperty("data").EnumerateArray())
            {
                if (trace.GetProperty("type").GetString() == "heatmap")
                {
                    var scale = trace.GetProperty("colorscale");
                    if (scale.ValueKind == JsonValueKind.String)
                        Assert.Equal("Viridis", scale.GetString());
                    else
                        Assert.All(scale.EnumerateArray(), stop => Assert.Contains(stop[1].GetString(), Palette.OkabeIto.Append("#E6E6E6")));
                }
                else
                {
                    Assert.Contains(trace.GetProperty("marker").GetProperty("color").GetString(), Palette.OkabeIto);
                }
            }
        }
    }

    [Fact]
    public void Article_ids_are_categories_not_numbers()
    {
        var layout = Figure(SourcingAnalysis.Sourcing(_corpus).PlotKinds()).GetProperty("layout");
        Assert.Equal("category", layout.GetProperty("xaxis").GetProperty("type").GetString());
        var overlap = Figure(TextReuse.Find(_corpus).Matrix.PlotOverlap());
        Assert.Equal(["000", "001", "002", "003", "004"], overlap.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void The_ach_scale_runs_from_minus_two_to_plus_two_whatever_ratings_the_matrix_holds()
    {
        var trace = Figure(AchReader.Load(_corpus).PlotRatings()).GetProperty("data")[0];
        Assert.Equal(-2, trace.GetProperty("zmin").GetDouble());
        Assert.Equal(2, trace.GetProperty("zmax").GetDouble());
    }

    [Fact]
    public void The_timeline_keeps_the_articles_in_order_and_the_record_last()
    {
        var chart = _corpus.Timeline().PlotDates();
        Assert.Equal("record", chart.Rows[^1]);
        Assert.Equal(chart.Rows.Where(r => r != "record").Order(StringComparer.Ordinal), chart.Rows.Where(r => r != "record"));
        var rows = Figure(chart).GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(r => r.GetString());
        Assert.Equal(chart.Rows, rows);
    }

    [Fact]
    public void The_stance_heatmap_names_each_category_and_draws_the_matrix_table()
    {
        var claims = _corpus.Narratives().Claims;
        var chart = claims.PlotStances();
        var trace = Figure(chart).GetProperty("data")[0];
        Assert.Equal(NarrativeViews.StanceCategories, trace.GetProperty("colorbar").GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()));
        var matrix = claims.MatrixTable();
        // Each cell of the chart's table alternative is "category: description", and the description is the matrix table's cell.
        Assert.All(chart.ToTable().Rows.Zip(matrix.Rows), pair =>
            Assert.All(pair.First.Skip(1).Zip(pair.Second.Skip(1)), cell => Assert.EndsWith(": " + cell.Second, cell.First, StringComparison.Ordinal)));
    }

    [Fact]
    public void Hostile_text_is_escaped_for_the_script_and_for_plotly()
    {
        const string hostile = "</script><script>alert(1)</script> <img src=x onerror=alert(2)> \"quoted\" 'single' \u2028 <!-- & done";
        var chart = Chart.Bars(hostile, hostile, hostile,
            [new ChartSeries(hostile, [hostile, "b"], [1, 2]) { Hover = [hostile, hostile] }]);
        string html = Html(chart);
        string script = ScriptOf(html);
        Assert.DoesNotContain("<", script[..^"</script>".Length][1..], StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", script, StringComparison.Ordinal);
        Assert.DoesNotContain("'", script, StringComparison.Ordinal);
        // Decoded, plotly.js gets the text with its own markup characters as entities, so it draws them as text.
        var figure = Figure(chart);
        Assert.Equal("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; \"quoted\" 'single' \u2028 &lt;!-- &amp; done",
            figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        // Outside the script, the same text is HTML-encoded (the table alternative and the aria-label).
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_chart_gives_the_same_html_and_another_chart_another_id()
    {
        var first = Html(_corpus.Timeline().PlotDates());
        var again = Html(_corpus.Timeline().PlotDates());
        var other = Html(SourcingAnalysis.Sourcing(_corpus).PlotKinds());
        Assert.Equal(Strip(first), Strip(again));
        Assert.NotEqual(ChartId().Match(first).Value, ChartId().Match(other).Value);
    }

    [Fact]
    public void Plotly_js_is_embedded_loaded_by_charts_load_and_not_repeated_by_later_charts()
    {
        string loaded = Format(Charts.Load(), "text/html");
        Assert.Contains("<script data-medialit-plotly=\"3.7.0\">", loaded, StringComparison.Ordinal);
        Assert.True(loaded.Length > 1_000_000, "the whole plotly.js bundle is in the page");
        Assert.Equal(1, Regex.Count(loaded, "</script", RegexOptions.IgnoreCase));
        Assert.Contains("window.Plotly", loaded, StringComparison.Ordinal);
        // After Charts.Load() in this process, a chart refers to plotly.js and does not carry it again.
        string chart = Html(SourcingAnalysis.Sourcing(_corpus).PlotKinds());
        Assert.DoesNotContain("data-medialit-plotly", chart, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_series_or_grids_are_refused_with_what_is_wrong()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Bars("t", "x", "y", [new ChartSeries("s", ["a", "b"], [1])]));
        Assert.Contains("Series \"s\" has 2 keys, 1 values", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Chart.Heatmap("t", "x", "y", new HeatmapData(["a"], ["r"], [[1, 2]])));
    }

    [Fact]
    public void Values_that_are_not_numbers_become_gaps_not_zeros()
    {
        var figure = Figure(Chart.Bars("t", "x", "y", [new ChartSeries("s", ["a", "b"], [double.NaN, 2])]));
        var y = figure.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(JsonValueKind.Null, y[0].ValueKind);
        Assert.Equal(2, y[1].GetDouble());
    }

    /// <summary>The figure the chart's script draws, read back from the HTML the formatter writes.</summary>
    internal static JsonElement Figure(Chart chart)
    {
        string script = ScriptOf(Html(chart));
        int start = script.IndexOf(",f=", StringComparison.Ordinal) + 3;
        int end = script.IndexOf(";if(!el)", StringComparison.Ordinal);
        return JsonDocument.Parse(script[start..end]).RootElement.Clone();
    }

    private static string ScriptOf(string html)
    {
        int start = html.IndexOf("<script>(function(){", StringComparison.Ordinal);
        int end = html.IndexOf("</script>", start, StringComparison.Ordinal) + "</script>".Length;
        return html[start..end];
    }

    internal static string Html(object value) => Format(value, "text/html");

    private static string PlainText(object value) => Format(value, "text/plain");

    private static string Format(object value, string mimeType)
    {
        var writer = new StringWriter();
        Assert.True(new MediaLitFormatterSource().CreateTypeFormatters().OfType<MediaLitFormatter>().Single(f => f.MimeType == mimeType).Format(value, writer));
        return writer.ToString();
    }

    // A chart written first in the process also carries plotly.js; compare charts without it.
    private static string Strip(string html) => PlotlyBlock().Replace(html, "");

    [GeneratedRegex("chart-[0-9a-f]{12}")]
    private static partial Regex ChartId();

    [GeneratedRegex("<script data-medialit-plotly=[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex PlotlyBlock();
}
