using System.Security.Cryptography;
using System.Text;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>
/// A chart as HTML: a container the figure is drawn into, the script that draws it, and the table
/// alternative. Article text reaches the script only as JSON written by System.Text.Json with its default
/// encoder, which writes &lt;, &gt;, &amp;, quotes and every non-ASCII character (U+2028 too) as \u escapes,
/// so no text can end the script or open a tag; see <see cref="PlotlyFigure"/>.
/// </summary>
internal static class ChartHtml
{
    public static void Write(TextWriter w, Chart chart)
    {
        string figure = PlotlyFigure.ToJson(chart);
        // The id comes from the figure itself, so the same lesson exports byte-identical HTML on every run.
        string id = "chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figure)))[..12];
        string label = Encode(chart.Description);

        PlotlyScript.WriteOnce(w);
        w.Write($"<figure class=\"medialit-chart\" aria-label=\"{label}\">");
        // The figure carries the name; the plot itself holds plotly.js's buttons, so it cannot be role="img" (no focusable
        // children allowed there). The table that follows is the text alternative.
        w.Write($"<div id=\"{id}\" class=\"medialit-plot\" style=\"width:100%;min-height:{PlotlyFigure.Height(chart)}px\"></div>");
        // Draw into the element just before this script where the host sets currentScript, else find it by id.
        // Without plotly.js in the page, say so in the chart's place: the table below still has the numbers.
        w.Write("<script>(function(){var s=document.currentScript,p=s&&s.previousElementSibling,");
        w.Write($"el=(p&&p.id==\"{id}\")?p:document.getElementById(\"{id}\"),f={figure};");
        w.Write("if(!el)return;if(window.Plotly){window.Plotly.newPlot(el,f.data,f.layout,f.config);}");
        w.Write($"else{{el.textContent={PlotlyFigure.Encode(MissingPlotly)};}}}})();</script>");
        w.Write("<details class=\"chart-table\"><summary>The numbers as a table</summary>");
        var table = chart.ToTable();
        Table(w, table);
        w.Write("</details></figure>");
    }

    private const string MissingPlotly =
        "This chart could not be drawn: plotly.js is not loaded in this page. Run the lesson's first code cell "
        + "(it calls Charts.Load()), then this cell again. The numbers are in the table below.";
}
