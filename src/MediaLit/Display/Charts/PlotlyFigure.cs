using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaLit.Display;

/// <summary>
/// A <see cref="Chart"/> as a plotly.js figure: plain JSON with <c>data</c> (traces), <c>layout</c> and
/// <c>config</c> (https://plotly.com/javascript/reference/). Two layers of escaping, each for its reader:
/// plotly.js reads titles, labels and hover text as a small subset of HTML (&lt;br&gt;, &lt;b&gt;, &lt;a&gt;), so
/// every string is HTML-encoded first and shows as the text it is; the JSON then goes into a script, so it
/// is written by System.Text.Json's default encoder, which never lets &lt;/script&gt;, &lt;!-- or U+2028 through.
/// </summary>
internal static class PlotlyFigure
{
    // The default encoder, named so nobody swaps in UnsafeRelaxedJsonEscaping: this JSON lands inside <script>.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Hover lines are wrapped at about this many characters, so a long sentence stays on screen.</summary>
    private const int HoverLineLength = 80;

    public static string ToJson(Chart chart)
    {
        var figure = new JsonObject
        {
            ["data"] = Traces(chart),
            ["layout"] = Layout(chart),
            ["config"] = new JsonObject
            {
                ["responsive"] = true,
                ["displaylogo"] = false,
                ["modeBarButtonsToRemove"] = new JsonArray("lasso2d", "select2d"),
            },
        };
        return figure.ToJsonString(Options);
    }

    /// <summary>A string as a JavaScript string literal, safe inside a script element.</summary>
    public static string Encode(string text) => JsonSerializer.Serialize(text, Options);

    /// <summary>The chart's height in pixels: enough room for every row label.</summary>
    public static int Height(Chart chart) => chart switch
    {
        { Grid: { } grid } => Math.Max(320, 160 + (36 * grid.Y.Length)),
        { Points.Count: > 0 } => Math.Max(320, 180 + (48 * chart.Rows.Count)),
        { Layout: BarLayout.Horizontal } => Math.Max(320, 140 + (26 * chart.Series.SelectMany(s => s.Keys).Distinct().Count())),
        _ => 440,
    };

    private static JsonArray Traces(Chart chart)
    {
        if (chart.Grid is { } grid)
            return [HeatmapTrace(grid)];
        if (chart.Points.Count > 0)
            return [.. chart.Points.Select((t, i) => (JsonNode)PointTrace(t, i))];
        return [.. chart.Series.Select(s => (JsonNode)BarTrace(s, chart.Layout == BarLayout.Horizontal))];
    }

    private static JsonObject BarTrace(ChartSeries series, bool horizontal)
    {
        var keys = Strings(series.Keys.Select(Text));
        var values = Numbers(series.Values);
        var hover = series.Hover ?? series.Keys.Select((k, i) => $"{k} · {series.Name}: {Chart.Number(series.Values[i])}").ToArray();
        var trace = new JsonObject
        {
            ["type"] = "bar",
            ["name"] = Text(series.Name),
            ["x"] = horizontal ? values : keys,
            ["y"] = horizontal ? keys : values,
            ["marker"] = new JsonObject { ["color"] = series.Color },
            ["hovertext"] = Strings(hover.Select(Hover)),
            ["hoverinfo"] = "text",
        };
        if (horizontal)
            trace["orientation"] = "h";
        if (series.Traces is { } traces)
            trace["customdata"] = TraceData(traces);
        return trace;
    }

    private static JsonObject HeatmapTrace(HeatmapData grid)
    {
        var hover = grid.Y.Select((row, i) => Strings(grid.X.Select((column, j) =>
            Hover($"{row} · {column}: {(grid.Categories is { } c ? c[(int)grid.Z[i][j]] : Chart.Number(grid.Z[i][j]))}"
                + (grid.Hover is { } h && h[i][j].Length > 0 ? $"\n{h[i][j]}" : ""))))).ToArray();
        var trace = new JsonObject
        {
            ["type"] = "heatmap",
            ["x"] = Strings(grid.X.Select(Text)),
            ["y"] = Strings(grid.Y.Select(Text)),
            ["z"] = new JsonArray([.. grid.Z.Select(row => (JsonNode)Numbers(row))]),
            ["text"] = new JsonArray([.. hover.Select(row => (JsonNode)row)]),
            ["hoverinfo"] = "text",
            ["xgap"] = 2,
            ["ygap"] = 2,
        };
        if (grid.Traces is { } traces)
            trace["customdata"] = new JsonArray([.. traces.Select(row => (JsonNode)TraceData(row))]);
        if (grid.Categories is { } categories)
        {
            // One flat colour per category (zmin/zmax centre each code on its colour), named on the colour bar.
            trace["colorscale"] = CategoricalScale(categories.Length);
            trace["zmin"] = -0.5;
            trace["zmax"] = categories.Length - 0.5;
            trace["colorbar"] = new JsonObject
            {
                ["tickvals"] = Numbers(Enumerable.Range(0, categories.Length).Select(i => (double)i)),
                ["ticktext"] = Strings(categories.Select(Text)),
            };
        }
        else
        {
            trace["colorscale"] = "Viridis";
            trace["texttemplate"] = "%{z}";
            if (grid.Range is { } range)
            {
                trace["zmin"] = range.Min;
                trace["zmax"] = range.Max;
            }

            trace["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = Text(grid.ValueName) } };
        }

        return trace;
    }

    private static JsonObject PointTrace(TimelineTrace trace, int index) => new()
    {
        ["type"] = "scatter",
        ["mode"] = "markers",
        ["name"] = Text(trace.Name),
        ["x"] = Strings(trace.When.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        ["y"] = Strings(trace.Row.Select(Text)),
        ["hovertext"] = Strings(trace.Hover.Select(Hover)),
        ["hoverinfo"] = "text",
        // A shape per trace as well as a colour, so the legend does not rely on colour alone.
        ["marker"] = new JsonObject { ["color"] = trace.Color, ["size"] = 11, ["symbol"] = Symbols[index % Symbols.Length], ["line"] = new JsonObject { ["width"] = 1, ["color"] = "#333333" } },
    };

    private static readonly string[] Symbols = ["circle", "square", "diamond", "triangle-up", "x", "cross", "star", "triangle-down"];

    private static JsonObject Layout(Chart chart)
    {
        var layout = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = Text(chart.Title), ["x"] = 0, ["xanchor"] = "left" },
            ["xaxis"] = Axis(chart.XTitle),
            ["yaxis"] = Axis(chart.YTitle),
            ["height"] = Height(chart),
            ["margin"] = new JsonObject { ["t"] = 60, ["r"] = 20, ["b"] = 60, ["l"] = 60 },
            ["font"] = new JsonObject { ["family"] = "system-ui, sans-serif", ["size"] = 13 },
            ["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.2 },
            ["hoverlabel"] = new JsonObject { ["align"] = "left" },
        };
        if (chart.Series.Count > 0)
            layout["barmode"] = chart.Layout == BarLayout.Stacked ? "stack" : "group";
        var xaxis = (JsonObject)layout["xaxis"]!;
        var yaxis = (JsonObject)layout["yaxis"]!;
        // Keys are names, even when they look like numbers: article "000" is not the number 0.
        if (chart.Grid is not null || (chart.Series.Count > 0 && chart.Layout != BarLayout.Horizontal))
            xaxis["type"] = "category";
        if (chart.Layout == BarLayout.Horizontal || chart.Grid is not null || chart.Points.Count > 0)
        {
            // Rows read top to bottom in the order given, as in the table.
            yaxis["autorange"] = "reversed";
            yaxis["type"] = "category";
        }

        if (chart.Points.Count > 0)
        {
            xaxis["type"] = "date";
            yaxis["categoryorder"] = "array";
            yaxis["categoryarray"] = Strings(chart.Rows.Select(Text));
        }
        return layout;
    }

    private static JsonObject Axis(string title) => new()
    {
        ["title"] = new JsonObject { ["text"] = Text(title) },
        ["automargin"] = true,
    };

    private static JsonArray CategoricalScale(int count)
    {
        // The first category is the empty one ("not mentioned"): light grey, so absence never looks like a finding.
        var scale = new JsonArray();
        for (int i = 0; i < count; i++)
        {
            string colour = i == 0 ? "#E6E6E6" : Palette.At(i - 1);
            scale.Add(new JsonArray((double)i / count, colour));
            scale.Add(new JsonArray((double)(i + 1) / count, colour));
        }

        return scale;
    }

    /// <summary>
    /// Text plotly.js shows as it is: its HTML subset gets no tag to interpret. Only &amp;, &lt; and &gt; are
    /// encoded, the entities plotly.js decodes back (it would show &amp;quot; as written).
    /// </summary>
    internal static string Text(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Hover text: encoded, and wrapped at spaces into lines of about <see cref="HoverLineLength"/> characters.</summary>
    private static string Hover(string text)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > HoverLineLength)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            lines.Add(line.ToString());
        }

        return string.Join("<br>", lines.Select(Text));
    }

    /// <summary>
    /// Each mark's trace in its wire form (ids and numbers only), "" for none: plotly keeps customdata with the
    /// point it belongs to and never shows it; the site's click handler reads it (see <see cref="Trace"/>).
    /// </summary>
    private static JsonArray TraceData(IEnumerable<Trace?> traces) => Strings(traces.Select(t => t?.Encoded ?? ""));

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    // JSON has no NaN or infinity: a value that is not a number is drawn as a gap, not as a made-up zero.
    private static JsonArray Numbers(IEnumerable<double> values) =>
        [.. values.Select(v => double.IsFinite(v) ? (JsonNode?)JsonValue.Create(v) : null)];
}
