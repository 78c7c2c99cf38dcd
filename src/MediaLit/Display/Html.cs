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
        .medialit pre { white-space: pre-wrap; }
        .medialit figure.medialit-chart { margin: .5rem 0; }
        .medialit details.chart-table > summary { cursor: pointer; color: #0b5cad; }
        </style>
        """;

    public static void Table(TextWriter w, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        w.Write("<table>");
        if (caption is not null)
            w.Write($"<caption>{Encode(caption)}</caption>");
        w.Write("<thead><tr>");
        foreach (var c in columns)
            w.Write($"<th scope=\"col\">{Encode(c)}</th>");
        w.Write("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            w.Write("<tr>");
            foreach (var cell in row)
                w.Write($"<td>{Encode(cell)}</td>");
            w.Write("</tr>");
        }
        w.Write("</tbody></table>");
    }
}
