using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// Numbers that lead to their sentences. The library marks a counted table cell as
/// <c>&lt;a class="trace" data-trace="000:120-180,300-344"&gt;</c> (no href) and gives each chart mark the same wire
/// form in plotly's customdata; this class finds those start tags and gives them the href of the article's reader
/// page. It reads the attribute only (ids and numbers), never the cell's text, so no article text becomes markup.
/// </summary>
internal static partial class TraceLinks
{
    /// <summary>The reader page of an article: at the site's root, so the site's header links work unchanged.</summary>
    public static string PageFile(string articleId) => $"article-{articleId}.html";

    /// <summary>Only a plain id becomes a file name; any other is left unlinked.</summary>
    public static bool IsPlainId(string id) => PlainId().IsMatch(id);

    /// <summary>Every trace (wire form) in this HTML.</summary>
    public static IEnumerable<string> Find(string html) =>
        TraceStart().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["trace"].Value));

    /// <summary>Article id to its spans' start positions, of one trace; null when it is not in the wire form.</summary>
    public static IReadOnlyList<(string Id, int FirstStart)>? Articles(string trace)
    {
        var articles = new List<(string, int)>();
        foreach (var part in trace.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            var first = colon > 0 ? part[(colon + 1)..].Split(',', '-')[0] : "";
            if (colon <= 0 || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int start))
                return null;
            articles.Add((Uri.UnescapeDataString(part[..colon]), start));
        }

        return articles.Count > 0 ? articles : null;
    }

    /// <summary>
    /// The link for a trace: the reader page of its first article, the whole trace in the query (the page highlights
    /// its own spans and lists the other articles), and the first span as the fragment, which lands there without script.
    /// </summary>
    public static string? Href(string trace, IReadOnlySet<string> readable) =>
        Articles(trace) is [var (id, start), ..] && readable.Contains(id)
            ? $"{PageFile(id)}?t={Uri.EscapeDataString(trace)}#c{start.ToString(CultureInfo.InvariantCulture)}"
            : null;

    /// <summary>The HTML with every traced cell linked to a reader page that exists.</summary>
    public static string Link(string html, IReadOnlySet<string> readable) =>
        TraceStart().Replace(html, match =>
        {
            var href = Href(WebUtility.HtmlDecode(match.Groups["trace"].Value), readable);
            return href is null ? match.Value
                : $"<a class=\"trace\" data-trace=\"{match.Groups["trace"].Value}\" href=\"{WebUtility.HtmlEncode(href)}\">";
        });

    [GeneratedRegex("""<a class="trace" data-trace="(?<trace>[^"<>]*)">""")]
    private static partial Regex TraceStart();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex PlainId();

    /// <summary>
    /// On a lesson page with charts: a click on a mark whose customdata holds a trace goes to the same link a table
    /// cell has. The href is built as the exporter builds it; ids only reach the URL through encodeURIComponent.
    /// </summary>
    public const string ChartClickScript = """
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll(".medialit-plot").forEach(function (plot) {
            if (!plot.on) return;
            plot.on("plotly_click", function (event) {
              var point = event && event.points && event.points[0];
              var trace = point && typeof point.customdata === "string" ? point.customdata : "";
              var first = /^([^:;]+):(\d+)-\d+/.exec(trace);
              if (!first) return;
              var id = decodeURIComponent(first[1]);
              if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return;
              window.location.href = "article-" + id + ".html?t=" + encodeURIComponent(trace) + "#c" + first[2];
            });
          });
        });
        </script>
        """;

    /// <summary>
    /// On a reader page: highlight the spans of the trace in the query that belong to this article, scroll to the
    /// first, and list the trace's other articles as links. Everything is built with DOM calls and textContent.
    /// </summary>
    public const string ReaderScript = """
        <script>
        (function () {
          var main = document.getElementById("main");
          var here = main ? main.getAttribute("data-article") : null;
          var trace = new URLSearchParams(window.location.search).get("t") || "";
          if (!here || !trace) return;
          var mine = [], others = [];
          trace.split(";").forEach(function (part) {
            var colon = part.indexOf(":");
            if (colon <= 0) return;
            var id = decodeURIComponent(part.slice(0, colon));
            var spans = part.slice(colon + 1).split(",").map(function (s) { return /^(\d+)-(\d+)$/.exec(s); }).filter(Boolean)
              .map(function (m) { return [Number(m[1]), Number(m[2])]; });
            if (id === here) mine = mine.concat(spans); else if (spans.length) others.push([id, spans]);
          });
          var first = null, count = 0;
          document.querySelectorAll(".reader .text .piece").forEach(function (piece) {
            var s = Number(piece.getAttribute("data-s")), e = Number(piece.getAttribute("data-e"));
            if (mine.some(function (span) { return span[0] < e && s < span[1]; })) {
              piece.classList.add("traced");
              count++;
              if (!first) first = piece;
            }
          });
          var note = document.getElementById("trace-note");
          if (note) {
            note.hidden = false;
            note.querySelector(".trace-count").textContent = mine.length + (mine.length === 1 ? " passage" : " passages") + " of this article highlighted.";
            var list = note.querySelector("ul");
            others.forEach(function (other) {
              if (!/^[A-Za-z0-9_-]{1,64}$/.test(other[0])) return;
              var link = document.createElement("a");
              link.href = "article-" + other[0] + ".html?t=" + encodeURIComponent(trace) + "#c" + other[1][0][0];
              link.textContent = "article " + other[0] + " (" + other[1].length + ")";
              var item = document.createElement("li");
              item.appendChild(link);
              list.appendChild(item);
            });
            if (!others.length) list.hidden = true;
          }
          if (first) first.scrollIntoView({ block: "center" });
        })();
        </script>
        """;
}
