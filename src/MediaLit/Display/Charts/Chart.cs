using System.Globalization;

namespace MediaLit.Display;

/// <summary>How the bars of a bar chart stand.</summary>
public enum BarLayout
{
    /// <summary>Vertical bars side by side, one group per category.</summary>
    Grouped,
    /// <summary>Vertical bars stacked: each bar's height is the sum of its series.</summary>
    Stacked,
    /// <summary>Horizontal bars, categories down the side (long labels such as words read better).</summary>
    Horizontal,
}

/// <summary>
/// A chart the library draws itself with plotly.js, shown in any notebook host (Polyglot Notebooks,
/// Jupyter) and in the exported lessons. It holds the very numbers a lesson's table shows, and carries
/// that table as its text alternative. Exactly one of <see cref="Series"/>, <see cref="Grid"/> and
/// <see cref="Points"/> holds data; build charts with the factory methods.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record Chart : IView
{
    private Chart(string title, string xTitle, string yTitle)
    {
        Title = title;
        XTitle = xTitle;
        YTitle = yTitle;
    }

    public string Title { get; }

    /// <summary>The title of the horizontal axis.</summary>
    public string XTitle { get; }

    /// <summary>The title of the vertical axis.</summary>
    public string YTitle { get; }

    /// <summary>Bar charts: one series per legend entry.</summary>
    public IReadOnlyList<ChartSeries> Series { get; private init; } = [];

    public BarLayout Layout { get; private init; }

    /// <summary>Heatmaps: the grid of values (and, for categories, their names).</summary>
    public HeatmapData? Grid { get; private init; }

    /// <summary>Dated points: one trace per legend entry.</summary>
    public IReadOnlyList<TimelineTrace> Points { get; private init; } = [];

    /// <summary>What a screen reader announces for the chart: what it shows and where the numbers are.</summary>
    public string Description =>
        $"Chart: {Title}. {XTitle} across, {YTitle} up. The same numbers are in the table that follows the chart.";

    /// <summary>Bars, one series per legend entry, one bar per key; every series must have the same keys.</summary>
    public static Chart Bars(string title, string xTitle, string yTitle, IReadOnlyList<ChartSeries> series, BarLayout layout = BarLayout.Grouped)
    {
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series)
        {
            if (s.Keys.Length != s.Values.Length || (s.Hover is { } hover && hover.Length != s.Keys.Length) || (s.Traces is { } traces && traces.Length != s.Keys.Length))
                throw new ArgumentException($"Series \"{s.Name}\" has {s.Keys.Length} keys, {s.Values.Length} values, {s.Hover?.Length ?? s.Keys.Length} hover texts and {s.Traces?.Length ?? s.Keys.Length} traces: give one of each per bar.", nameof(series));
        }

        return new Chart(title, xTitle, yTitle) { Series = series, Layout = layout };
    }

    /// <summary>A heatmap: <c>Z[row][column]</c> over <see cref="HeatmapData.X"/> across and <see cref="HeatmapData.Y"/> down.</summary>
    public static Chart Heatmap(string title, string xTitle, string yTitle, HeatmapData grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Z.Length != grid.Y.Length || grid.Z.Any(row => row.Length != grid.X.Length))
            throw new ArgumentException($"The heatmap needs {grid.Y.Length} rows of {grid.X.Length} values.", nameof(grid));
        if (grid.Hover is { } hover && (hover.Length != grid.Y.Length || hover.Any(row => row.Length != grid.X.Length)))
            throw new ArgumentException("The heatmap needs one hover text per cell.", nameof(grid));
        if (grid.Traces is { } traces && (traces.Length != grid.Y.Length || traces.Any(row => row.Length != grid.X.Length)))
            throw new ArgumentException("The heatmap needs one trace (or null) per cell.", nameof(grid));
        return new Chart(title, xTitle, yTitle) { Grid = grid };
    }

    /// <summary>Dated points: dates across, one row per <see cref="TimelineTrace.Row"/> value down, in <paramref name="rows"/>' order.</summary>
    public static Chart Dates(string title, string yTitle, IReadOnlyList<TimelineTrace> traces, IEnumerable<string>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var order = (rows ?? traces.SelectMany(t => t.Row)).Distinct().ToList();
        return new Chart(title, "date", yTitle) { Points = traces, Rows = order };
    }

    /// <summary>Dated points: the rows from top to bottom.</summary>
    public IReadOnlyList<string> Rows { get; private init; } = [];

    /// <summary>The numbers of the chart as a table: its text alternative.</summary>
    public TextTable ToTable()
    {
        if (Grid is { } grid)
        {
            return new TextTable(Title, [$"{YTitle} \\ {XTitle}", .. grid.X],
                grid.Y.Select((row, i) => (IReadOnlyList<string>)[row, .. grid.X.Select((_, j) => CellText(grid, i, j))]).ToList())
                .Traced((row, column) => column > 0 && grid.Traces is { } traces ? traces[row][column - 1] : null);
        }

        if (Points.Count > 0)
        {
            return new TextTable(Title, [YTitle, "date", "series", "what"],
                Points.SelectMany(t => t.When.Select((when, i) => (IReadOnlyList<string>)
                    [t.Row[i], when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Name, t.Hover[i]])).ToList());
        }

        var keys = Series.SelectMany(s => s.Keys).Distinct().ToList();
        string category = Layout == BarLayout.Horizontal ? YTitle : XTitle;
        return new TextTable(Title, [category, .. Series.Select(s => s.Name)],
            keys.Select(k => (IReadOnlyList<string>)[k, .. Series.Select(s => ValueAt(s, k))]).ToList())
            .Traced((row, column) => column > 0 && Series[column - 1] is { Traces: { } traces } series && Array.IndexOf(series.Keys, keys[row]) is >= 0 and int at ? traces[at] : null);
    }

    public void WriteHtml(TextWriter writer) => ChartHtml.Write(writer, this);

    public void WritePlainText(TextWriter writer) => writer.Write(ToTable().ToPlainText());

    private static string CellText(HeatmapData grid, int row, int column) =>
        grid.Categories is { } categories ? categories[(int)grid.Z[row][column]] + (grid.Hover is { } h ? $": {h[row][column]}" : "")
        : Number(grid.Z[row][column]);

    private static string ValueAt(ChartSeries series, string key)
    {
        int i = Array.IndexOf(series.Keys, key);
        return i < 0 ? "" : Number(series.Values[i]);
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
