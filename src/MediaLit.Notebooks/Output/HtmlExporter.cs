using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// Static HTML for the executed notebooks: markdown rendered with Markdig, code HTML-escaped, HTML outputs
/// inserted as they are (that is what the notebook shows), text outputs escaped, skips and failures marked.
/// plotly.js is served once per site (see <see cref="PlotlyBundle"/>). The same results give the same bytes.
/// </summary>
internal static partial class HtmlExporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static void WritePage(NotebookDocument document, NotebookRunResult result, string path)
    {
        var htmlDirectory = Path.GetDirectoryName(path)!;
        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var tables = 0;
        foreach (var cell in document.Cells)
        {
            AppendCell(body, cell, result.Cells[cell.Number - 1], scripts, ref tables);
        }

        Directory.CreateDirectory(htmlDirectory);
        foreach (var (version, script) in scripts)
        {
            File.WriteAllText(Path.Combine(htmlDirectory, PlotlyBundle.FileName(version)), script);
        }

        string? plotly = null;
        if (body.ToString().Contains(PlotlyBundle.ChartMarker, StringComparison.Ordinal))
        {
            // A chart page whose outputs carry no plotly.js (the library writes it once per session, and that output
            // may be in a cell that failed or in another notebook sharing the library) uses the site's copy.
            plotly = scripts.Keys.LastOrDefault()
                ?? Directory.GetFiles(htmlDirectory, PlotlyBundle.FileName("*")).Select(PlotlyBundle.VersionOf).Order(StringComparer.Ordinal).LastOrDefault();
        }

        var title = result.Title ?? result.Name;
        var page = new StringBuilder();
        page.Append(PageStart(title, plotly));
        page.Append("<nav><a href=\"index.html\">&larr; All lessons</a></nav>\n<main>\n");
        page.Append("<p class=\"summary\">").Append(Encode(result.Name)).Append(": ").Append(Summary(result)).Append("</p>\n");
        page.Append(body).Append("</main>\n</body>\n</html>\n");
        File.WriteAllText(path, page.ToString());
    }

    public static string WriteIndex(IEnumerable<NotebookRunResult> results, string htmlDirectory)
    {
        var page = new StringBuilder(PageStart("Lessons", null));
        page.Append("<main>\n<h1>Lessons</h1>\n<ol class=\"lessons\">\n");
        foreach (var result in results.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(result.Name) + ".html";
            page.Append("<li><a href=\"").Append(Encode(file)).Append("\">").Append(Encode(result.Title ?? result.Name))
                .Append("</a> <span class=\"counts\">").Append(Encode(result.Name)).Append(" &middot; ").Append(Summary(result)).Append("</span></li>\n");
        }

        page.Append("</ol>\n</main>\n</body>\n</html>\n");
        Directory.CreateDirectory(htmlDirectory);
        var path = Path.Combine(htmlDirectory, "index.html");
        File.WriteAllText(path, page.ToString());
        return path;
    }

    private static void AppendCell(StringBuilder html, NotebookCell cell, CellResult result, IDictionary<string, string> plotly, ref int tables)
    {
        if (result.Status == CellStatus.Markdown)
        {
            // A code cell starting with #!markdown shows the rest of the cell as markdown.
            var text = cell.CellType == "code" && cell.Source.StartsWith("#!markdown", StringComparison.Ordinal) ? cell.Source.Split('\n', 2).ElementAtOrDefault(1) ?? "" : cell.Source;
            html.Append("<section class=\"cell markdown\">").Append(Markdown.ToHtml(text, Pipeline)).Append("</section>\n");
            return;
        }

        var status = result.Status.ToString().ToLowerInvariant();
        html.Append("<section class=\"cell code ").Append(status).Append("\" id=\"cell-").Append(cell.Number).Append("\">\n");
        html.Append("<div class=\"cell-head\">cell ").Append(cell.Number);
        if (result.ExecutionCount is { } count)
        {
            html.Append(" &middot; In [").Append(count).Append(']');
        }

        html.Append(" &middot; <span class=\"status\">").Append(status).Append("</span></div>\n");
        html.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(Encode(cell.Source)).Append("</code></pre>\n");
        if (result.Status == CellStatus.Skipped)
        {
            html.Append("<div class=\"banner skipped\">Skipped: ").Append(Encode(result.Message ?? "")).Append(". This cell did not run here; it runs where the package can be restored.</div>\n");
        }
        else if (result.Status == CellStatus.Failed)
        {
            html.Append("<div class=\"banner failed\">Failed").Append(result.Line is { } line ? $" (line {line})" : "")
                .Append(": ").Append(Encode(result.Message ?? "")).Append("</div>\n");
        }

        foreach (var output in result.Outputs.Where(o => o.Kind != OutputKind.Error))
        {
            if (result.Status == CellStatus.Skipped && output.Kind == OutputKind.Stderr)
            {
                continue; // the banner already says it
            }

            html.Append(output.HtmlContent is { } content
                ? $"<div class=\"output html\">{PlotlyBundle.Strip(StableTableIds(content, ref tables), plotly)}</div>\n"
                : $"<pre class=\"output {output.Kind.ToString().ToLowerInvariant()}\">{Encode(output.TextContent ?? "")}</pre>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// The kernel's DataFrame formatter names each table by the clock (<c>id="table_639318…"</c>, and
    /// <c>id="page_639318…"</c> for the page number of a table longer than a page); numbered in page order instead, so
    /// the same notebook exports the same bytes. The paging script and buttons find the table and its page number by
    /// those ids (<c>#table_…</c>, <c>#page_…</c>), so every mention of one clock number gets the same new number.
    /// </summary>
    private static string StableTableIds(string html, ref int tables)
    {
        var count = tables;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var stable = ClockTableId().Replace(html, m =>
        {
            string clock = m.Groups["clock"].Value;
            if (!numbers.TryGetValue(clock, out int number))
                numbers[clock] = number = ++count;
            return $"{m.Groups["name"].Value}_{number}";
        });
        tables = count;
        return stable;
    }

    [GeneratedRegex(@"\b(?<name>table|page)_(?<clock>[0-9]{12,})\b")]
    private static partial Regex ClockTableId();

    private static string Summary(NotebookRunResult result) =>
        $"{result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string PageStart(string title, string? plotlyVersion) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}}</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
        nav { margin-bottom: 1rem; }
        a { color: #0b5cad; }
        .summary, .counts, .cell-head { color: #555; font-size: .85rem; }
        .note { background: #f3f6fa; border-left: 4px solid #0b5cad; padding: .5rem .75rem; }
        .cell { margin: 1.25rem 0; }
        .cell.code { border: 1px solid #ddd; border-radius: 6px; padding: .5rem .75rem; }
        .cell.failed { border-color: #c62828; }
        .cell.skipped { border-color: #b26a00; }
        pre { background: #f7f7f7; padding: .6rem; overflow-x: auto; font-size: .85rem; white-space: pre-wrap; }
        pre.stderr { background: #fff4f4; }
        .banner { padding: .4rem .6rem; border-radius: 4px; margin: .5rem 0; font-weight: 600; }
        .banner.failed { background: #fdecea; color: #8e1b1b; }
        .banner.skipped { background: #fff4e0; color: #7a4a00; }
        .status { text-transform: uppercase; font-weight: 600; }
        .output.html { overflow-x: auto; margin: .5rem 0; }
        table { border-collapse: collapse; font-size: .85rem; }
        th, td { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; }
        </style>
        {{(plotlyVersion is null ? "" : PlotlyBundle.Reference(plotlyVersion))}}
        </head>
        <body>

        """;
}
