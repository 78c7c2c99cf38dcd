namespace MediaLit.Display;

/// <summary>
/// Colours for chart series that stay distinct for readers with colour-vision deficiencies: the
/// Okabe–Ito palette (M. Okabe and K. Ito, "Color Universal Design", 2008). Every chart also names
/// its series in the legend and has a table beside it, so colour never carries meaning alone.
/// </summary>
public static class Palette
{
    public static readonly IReadOnlyList<string> OkabeIto =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>The colour of the series at this position in its chart.</summary>
    public static string At(int index) => OkabeIto[((index % OkabeIto.Count) + OkabeIto.Count) % OkabeIto.Count];

    /// <summary>The series with their colours assigned in order.</summary>
    public static IReadOnlyList<ChartSeries> Coloured(this IEnumerable<ChartSeries> series) =>
        series.Select((s, i) => s with { Color = At(i) }).ToList();
}
