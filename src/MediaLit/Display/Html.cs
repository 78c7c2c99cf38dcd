using System.Net;

namespace MediaLit.Display;

/// <summary>Small HTML helpers. Article text is untrusted: everything shown goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A class attribute-safe style block shared by every view, so each view stays short.</summary>
    public const string Style = """
        <style>
        .medialit { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; }
        .medialit table { border-collapse: collapse; margin: .5rem 0; }
        .medialit th, .medialit td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        .medialit th { background: #f3f3f3; }
        .medialit .unknown { color: #8a1c1c; font-style: italic; }
        .medialit .note { color: #555; font-size: .9em; }
        .medialit del { background: #fde2e2; color: #6b1010; }
        .medialit .rule { font-size: .75em; background: #eee; border-radius: 3px; padding: 0 .25rem; margin: 0 .2rem; color: #333; }
        .medialit .right { border-left: 4px solid #1a7f37; padding-left: .5rem; }
        .medialit .partly { border-left: 4px solid #b7791f; padding-left: .5rem; }
        .medialit .wrong, .medialit .unanswered { border-left: 4px solid #8a1c1c; padding-left: .5rem; }
        .medialit .cannot-check { border-left: 4px solid #5a5a5a; padding-left: .5rem; }
        .medialit pre { white-space: pre-wrap; }
        .medialit .table-scroll { overflow: auto; max-height: 32rem; max-width: 100%; }
        .medialit .table-scroll thead th { position: sticky; top: 0; }
        .medialit details.more-rows > summary { cursor: pointer; color: #0b5cad; margin: .25rem 0; }
        .medialit figure.medialit-chart { margin: .5rem 0; }
        .medialit details.chart-table > summary { cursor: pointer; color: #0b5cad; }
        </style>
        """;

    /// <summary>Rows a table shows before the rest fold away under "show all": enough to make the point.</summary>
    public const int RowsShown = 10;

    /// <summary>
    /// A table; past <see cref="RowsShown"/> rows the rest fold into a second table under a &lt;details&gt;, so a long
    /// table costs a glance, not a page, and every row is still there for whoever opens it.
    /// </summary>
    public static void Table(TextWriter w, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, string? caption = null) =>
        Table(w, columns, rows, null, caption);

    /// <summary>A <see cref="TextTable"/>, with its traced cells marked (see <see cref="TracedCell"/>).</summary>
    public static void Table(TextWriter w, TextTable table) => Table(w, table.Columns, table.Rows, table.Traces, table.Caption);

    private static void Table(TextWriter w, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<IReadOnlyList<Trace?>>? traces, string? caption)
    {
        var all = rows as IReadOnlyList<IReadOnlyList<string>> ?? rows.ToList();
        var allTraces = traces ?? [];
        // Fold only when it saves something: a table one or two rows over the limit shows whole.
        bool fold = all.Count > RowsShown + 2;
        TableOf(w, columns, fold ? all.Take(RowsShown) : all, allTraces, caption);
        if (fold)
        {
            w.Write($"<details class=\"more-rows\"><summary>Show the other {all.Count - RowsShown} rows</summary>");
            TableOf(w, columns, all.Skip(RowsShown), allTraces.Skip(RowsShown).ToList(), null, caption is null ? "the other rows" : $"{caption}: the other rows");
            w.Write("</details>");
        }
    }

    /// <summary>
    /// A counted cell: the number inside an &lt;a&gt; without href (inert in a notebook) carrying the trace as an
    /// attribute. The site's exporter gives it the href of the reader page; it never reads the cell's text.
    /// </summary>
    public static string TracedCell(string text, Trace trace) =>
        $"<a class=\"trace\" data-trace=\"{Encode(trace.Encoded)}\">{Encode(text)}</a>";

    private static void TableOf(TextWriter w, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<IReadOnlyList<Trace?>> traces, string? caption, string? label = null)
    {
        // A box that scrolls must be reachable by keyboard (WCAG 2.1.1), so it takes focus and names itself.
        string name = label ?? caption ?? (columns.Count > 0 ? $"table of {string.Join(", ", columns.Take(3))}" : "table");
        w.Write($"<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{Encode(name)}\"><table>");
        if (caption is not null)
            w.Write($"<caption>{Encode(caption)}</caption>");
        w.Write("<thead><tr>");
        foreach (var c in columns)
            w.Write($"<th scope=\"col\">{Encode(c)}</th>");
        w.Write("</tr></thead><tbody>");
        int r = 0;
        foreach (var row in rows)
        {
            w.Write("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                // A zero needs no link: there is nothing behind it to read.
                var trace = r < traces.Count && c < traces[r].Count ? traces[r][c] : null;
                w.Write(trace is { IsEmpty: false } ? $"<td>{TracedCell(row[c], trace)}</td>" : $"<td>{Encode(row[c])}</td>");
            }

            w.Write("</tr>");
            r++;
        }
        w.Write("</tbody></table></div>");
    }
}
