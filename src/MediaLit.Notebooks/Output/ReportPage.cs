using System.Globalization;
using System.Net;
using System.Text;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// The one page that says how the run went, for teachers and CI: the counts per lesson and, for every code cell,
/// its number (as the console report numbers it: 1-based over all cells), its status and the runner's message,
/// linking to the cell on the lesson page. The lesson pages themselves carry none of this.
/// </summary>
internal static class ReportPage
{
    public static string Write(IReadOnlyList<NotebookRunResult> results, string htmlDirectory, SiteEdition edition)
    {
        var ordered = results.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var page = new StringBuilder(SiteLayout.Start("Run report", edition, null, "report"));
        page.Append("<div class=\"layout\">\n<main id=\"main\">\n<h1>Run report</h1>\n<p>")
            .Append(Encode(Report.Summary(ordered)))
            .Append(". A skipped cell needed a package that could not be downloaded; it never counts as passed.</p>\n");
        page.Append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Counts per lesson\">\n<table>\n<thead><tr><th scope=\"col\">Lesson</th><th scope=\"col\">Passed</th><th scope=\"col\">Failed</th><th scope=\"col\">Skipped</th></tr></thead>\n<tbody>\n");
        foreach (var result in ordered)
        {
            page.Append("<tr><td><a href=\"#").Append(Encode(Anchor(result))).Append("\">").Append(Encode(result.Name)).Append("</a></td><td>")
                .Append(Number(result.Passed)).Append("</td><td").Append(result.Failed > 0 ? " class=\"failed\"" : "").Append('>').Append(Number(result.Failed))
                .Append("</td><td").Append(result.Skipped > 0 ? " class=\"skipped\"" : "").Append('>').Append(Number(result.Skipped)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</div>\n");
        foreach (var result in ordered)
        {
            AppendLesson(page, result);
        }

        page.Append("</main>\n</div>\n").Append(SiteLayout.End());
        Directory.CreateDirectory(htmlDirectory);
        var path = Path.Combine(htmlDirectory, "report.html");
        File.WriteAllText(path, page.ToString());
        return path;
    }

    private static void AppendLesson(StringBuilder page, NotebookRunResult result)
    {
        var file = IndexPage.PageFile(result);
        page.Append("<h2 id=\"").Append(Encode(Anchor(result))).Append("\">").Append(Encode(result.Name)).Append("</h2>\n<p><a href=\"")
            .Append(Encode(file)).Append("\">").Append(Encode(result.Title ?? result.Name)).Append("</a></p>\n");
        page.Append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Cells of ").Append(Encode(result.Name)).Append("\">\n<table>\n<thead><tr><th scope=\"col\">Cell</th><th scope=\"col\">Status</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
        foreach (var cell in result.Cells.Where(c => c.Status != CellStatus.Markdown))
        {
            var status = cell.Status.ToString().ToLowerInvariant();
            var message = cell.Line is { } line ? $"line {line.ToString(CultureInfo.InvariantCulture)}: {cell.Message}" : cell.Message ?? "";
            page.Append("<tr><td><a href=\"").Append(Encode(file)).Append("#cell-").Append(Number(cell.Number)).Append("\">").Append(Number(cell.Number))
                .Append("</a></td><td class=\"").Append(status).Append("\">").Append(status).Append("</td><td>").Append(Encode(message)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Anchor(NotebookRunResult result) => "lesson-" + Path.GetFileNameWithoutExtension(result.Name);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
