using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// One lesson page: markdown rendered safely (<see cref="MarkdownHtml"/>), code HTML-escaped, HTML outputs
/// inserted as they are (that is what the notebook shows), text outputs escaped. A page is for students: it says
/// nothing about how the run went (no cell numbers, no pass/fail); that is the report page's job
/// (<see cref="ReportPage"/>). plotly.js is served once per site (see <see cref="PlotlyBundle"/>).
/// The same results give the same bytes.
/// </summary>
internal static partial class HtmlExporter
{
    public static void WritePage(NotebookDocument document, NotebookRunResult result, string path, SitePlace? place = null, IReadOnlySet<string>? readable = null)
    {
        readable ??= new HashSet<string>();
        var htmlDirectory = Path.GetDirectoryName(path)!;
        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var headings = new List<PageHeading>();
        var ids = new PageIds(SiteLayout.ReservedIds);
        var tables = 0;
        foreach (var cell in document.Cells)
        {
            AppendCell(body, cell, result.Cells[cell.Number - 1], scripts, headings, ids, readable, ref tables);
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

        place ??= new SitePlace(SiteEdition.Student, null, null);
        var title = headings.FirstOrDefault(h => h.Level == 1)?.Text ?? result.Title ?? result.Name;
        var page = new StringBuilder();
        page.Append(SiteLayout.Start(title, place.Edition, plotly, "lesson"));
        page.Append("<div class=\"layout\">\n");
        page.Append(Contents(headings));
        page.Append("<main id=\"main\">\n").Append(UniqueRegionLabels(body.ToString())).Append("</main>\n</div>\n");
        page.Append(Pager(place));
        if (plotly is not null && readable.Count > 0)
            page.Append(TraceLinks.ChartClickScript).Append('\n');
        page.Append(SiteLayout.End());
        File.WriteAllText(path, page.ToString());
    }

    /// <summary>The index of lesson cards (file-name order); see <see cref="IndexPage"/>.</summary>
    public static string WriteIndex(IEnumerable<NotebookRunResult> results, string htmlDirectory, SiteEdition edition = SiteEdition.Student) =>
        IndexPage.Write(results, htmlDirectory, edition);

    private static void AppendCell(
        StringBuilder html, NotebookCell cell, CellResult result, IDictionary<string, string> plotly, List<PageHeading> headings, PageIds ids, IReadOnlySet<string> readable, ref int tables)
    {
        if (result.Status == CellStatus.Markdown)
        {
            // A code cell starting with #!markdown shows the rest of the cell as markdown.
            var text = cell.CellType == "code" && cell.Source.StartsWith("#!markdown", StringComparison.Ordinal) ? cell.Source.Split('\n', 2).ElementAtOrDefault(1) ?? "" : cell.Source;
            var rendered = MarkdownHtml.Render(text, ids, headings);
            if (rendered.Length > 0)
            {
                html.Append("<div class=\"md\">").Append(rendered).Append("</div>\n");
            }

            return;
        }

        // The id lets the report page link to the cell; nothing on the page itself shows it.
        html.Append("<div class=\"code-cell\" id=\"cell-").Append(cell.Number).Append("\">\n");
        html.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(Encode(cell.Source.TrimEnd())).Append("</code></pre>\n");
        if (result.Status == CellStatus.Skipped)
        {
            html.Append("<p class=\"cell-note\">This cell needs ").Append(Encode(result.MissingPackage ?? "a package"))
                .Append(", which could not be downloaded when this page was made, so what it shows is missing here. It works in a notebook where the package can be installed.</p>\n");
        }
        else if (result.Status == CellStatus.Failed && result.Message?.StartsWith("not run:", StringComparison.Ordinal) == true)
        {
            // The runner's reason names the cell by number ("not run: cell 3 timed out ..."); the page says it in words.
            html.Append("<p class=\"cell-note\">This cell was not run when this page was made, because an earlier cell did not finish.</p>\n");
        }
        else if (result.Status == CellStatus.Failed)
        {
            // What the notebook itself would show: the error, so a reader knows why an output is missing.
            html.Append("<p class=\"cell-note\">This cell stopped with an error when this page was made: ").Append(Encode(result.Message ?? "")).Append("</p>\n");
        }

        foreach (var output in result.Outputs.Where(o => o.Kind != OutputKind.Error))
        {
            if (result.Status == CellStatus.Skipped && output.Kind == OutputKind.Stderr)
            {
                continue; // the note already says it
            }

            html.Append(output.HtmlContent is { } content
                ? $"<div class=\"output html\">{TraceLinks.Link(PlotlyBundle.Strip(StableTableIds(content, ref tables), plotly), readable)}</div>\n"
                : $"<pre class=\"output {output.Kind.ToString().ToLowerInvariant()}\">{Encode(output.TextContent ?? "")}</pre>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>"On this page": the lesson's headings below its title, each section with its subsections.</summary>
    private static string Contents(List<PageHeading> headings)
    {
        // A level-3 heading nests under the level-2 heading before it; one with none before it (the lesson's
        // "Learning objectives") stands on its own.
        var groups = new List<(PageHeading Heading, List<PageHeading> Children)>();
        foreach (var heading in headings.Where(h => h.Level is 2 or 3))
        {
            if (heading.Level == 3 && groups.Count > 0 && groups[^1].Heading.Level == 2)
            {
                groups[^1].Children.Add(heading);
            }
            else
            {
                groups.Add((heading, []));
            }
        }

        if (groups.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<details>\n<summary id=\"toc-title\">On this page</summary>\n<ol>\n");
        foreach (var (heading, children) in groups)
        {
            html.Append("<li>").Append(Link(heading));
            if (children.Count > 0)
            {
                html.Append("\n<ol>\n");
                foreach (var child in children)
                {
                    html.Append("<li>").Append(Link(child)).Append("</li>\n");
                }

                html.Append("</ol>\n");
            }

            html.Append("</li>\n");
        }

        return html.Append("</ol>\n</details>\n</nav>\n").ToString();

        static string Link(PageHeading heading) => $"<a href=\"#{Encode(heading.Id)}\">{Encode(heading.Text)}</a>";
    }

    private static string Pager(SitePlace place)
    {
        if (place.Previous is null && place.Next is null)
        {
            return "";
        }

        var html = new StringBuilder("<nav class=\"pager\" aria-label=\"Previous and next lesson\">\n");
        if (place.Previous is { } previous)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(Encode(previous.File)).Append("\"><span>Previous lesson</span> ").Append(Encode(previous.Title)).Append("</a>\n");
        }

        if (place.Next is { } next)
        {
            html.Append("<a rel=\"next\" href=\"").Append(Encode(next.File)).Append("\"><span>Next lesson</span> ").Append(Encode(next.Title)).Append("</a>\n");
        }

        return html.Append("</nav>\n").ToString();
    }

    /// <summary>
    /// The kernel's DataFrame formatter names each table by the clock (<c>id="table_639318…"</c>, and its paging
    /// buttons refer to <c>#table_639318…</c> and <c>#page_639318…</c>); each clock number is replaced, everywhere in
    /// the output, by the table's number in page order, so the same notebook exports the same bytes and the buttons
    /// still find their table.
    /// </summary>
    private static string StableTableIds(string html, ref int tables)
    {
        var count = tables;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var stable = ClockTableId().Replace(html, match =>
        {
            var clock = match.Groups["clock"].Value;
            if (!numbers.TryGetValue(clock, out var number))
            {
                numbers[clock] = number = ++count;
            }

            return match.Groups["kind"].Value + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        tables = count;
        return stable;
    }

    /// <summary>
    /// Each table's scroll box is a region named by its caption; a lesson that shows the same table twice would
    /// give a screen reader two landmarks of one name (axe's landmark-unique), so the second becomes "… (2)".
    /// Only the attribute the library wrote is read and rewritten (already encoded; the suffix is digits).
    /// </summary>
    private static string UniqueRegionLabels(string html)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return RegionLabel().Replace(html, match =>
        {
            var label = match.Groups["label"].Value;
            var count = seen[label] = seen.GetValueOrDefault(label) + 1;
            return count == 1 ? match.Value
                : $"role=\"region\" aria-label=\"{label} ({count.ToString(System.Globalization.CultureInfo.InvariantCulture)})\"";
        });
    }

    [GeneratedRegex("role=\"region\" aria-label=\"(?<label>[^\"<>]*)\"")]
    private static partial Regex RegionLabel();

    [GeneratedRegex(@"\b(?<kind>table_|page_)(?<clock>[0-9]{12,})\b")]
    private static partial Regex ClockTableId();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
