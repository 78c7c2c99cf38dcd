namespace MediaLit.Notebooks.Tests;

/// <summary>
/// The exported site: plotly.js once per site (the library's contract: a <c>data-medialit-plotly</c> block in a
/// session's first chart output, charts as <c>&lt;figure class="medialit-chart"&gt;</c>), and the same bytes on
/// every run of the same notebooks.
/// </summary>
[Collection(HostileNotebookTests.ConsoleCollection)]
public class HtmlExportTests
{
    private static string TempFolder() => TempFolders.New("medialit-export-");

    [Fact]
    public async Task Plotly_js_is_taken_out_of_every_page_and_served_once_from_the_head_of_chart_pages()
    {
        string output = TempFolder();
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = output });

        var charts = await runner.RunAsync(TestPaths.Fixture("charts.ipynb"));
        var later = await runner.RunAsync(TestPaths.Fixture("chart-only.ipynb"));
        var plain = await runner.RunAsync(TestPaths.Fixture("failures.ipynb"));

        Assert.Equal("window.Plotly = { newPlot: function () { } };\n", await File.ReadAllTextAsync(Path.Combine(output, "html", "plotly-9.9.9-test.min.js")));
        Assert.Equal(["plotly-9.9.9-test.min.js"], Directory.GetFiles(Path.Combine(output, "html"), "*.js").Select(Path.GetFileName));
        const string Reference = "<script src=\"plotly-9.9.9-test.min.js\" charset=\"utf-8\"></script>";
        foreach (var chartPage in new[] { charts, later }) // the later session's library wrote no plotly.js: it uses the site's copy
        {
            string html = await File.ReadAllTextAsync(chartPage.HtmlPath!);
            Assert.DoesNotContain("<script data-medialit-plotly", html, StringComparison.Ordinal);
            Assert.Equal(2, html.Split(Reference).Length); // referenced exactly once
            int reference = html.IndexOf(Reference, StringComparison.Ordinal);
            Assert.True(reference >= 0 && reference < html.IndexOf("</head>", StringComparison.Ordinal), $"{chartPage.Name}: plotly.js is not loaded in the head");
        }

        Assert.Contains("<p>Charts ready</p>", await File.ReadAllTextAsync(charts.HtmlPath!), StringComparison.Ordinal);
        Assert.DoesNotContain("plotly", await File.ReadAllTextAsync(plain.HtmlPath!), StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", await File.ReadAllTextAsync(charts.HtmlPath!), StringComparison.Ordinal);
        // The executed notebook keeps plotly.js as the kernel showed it, so it works alone in Jupyter or VS Code.
        Assert.Contains("data-medialit-plotly=\\\"9.9.9-test\\\"", await File.ReadAllTextAsync(charts.ExecutedNotebookPath!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_same_notebooks_again_exports_byte_identical_html()
    {
        // Real charts (lesson 1), a lesson whose outputs only mention the chart class in CSS (lesson 0), and a DataFrame,
        // whose kernel formatter names tables by the clock.
        string[] notebooks =
        [
            Path.Combine(TestPaths.NotebooksFolder, "00-start-here.ipynb"),
            Path.Combine(TestPaths.NotebooksFolder, "01-sourcing.ipynb"),
            TestPaths.Fixture("packages.ipynb"),
        ];
        string first = TempFolder(), second = TempFolder();
        foreach (string output in new[] { first, second })
        {
            using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = output });
            var results = new List<NotebookRunResult>();
            foreach (string notebook in notebooks)
                results.Add(await runner.RunAsync(notebook));
            NotebookRunner.WriteIndex(results, output);
        }

        var files = Directory.GetFiles(Path.Combine(first, "html")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(Path.Combine(second, "html")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Single(files, f => f!.StartsWith("plotly-", StringComparison.Ordinal) && f.EndsWith(".min.js", StringComparison.Ordinal));
        foreach (string file in files.OfType<string>())
        {
            byte[] a = await File.ReadAllBytesAsync(Path.Combine(first, "html", file)), b = await File.ReadAllBytesAsync(Path.Combine(second, "html", file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"html/{file} differs between two runs");
        }

        Assert.DoesNotContain("<script src=\"plotly-", await File.ReadAllTextAsync(Path.Combine(first, "html", "00-start-here.html")), StringComparison.Ordinal);
        Assert.Contains("<script src=\"plotly-", await File.ReadAllTextAsync(Path.Combine(first, "html", "01-sourcing.html")), StringComparison.Ordinal);
        Assert.Contains("<table id=\"table_1\">", await File.ReadAllTextAsync(Path.Combine(first, "html", "packages.html")), StringComparison.Ordinal);
    }
}
