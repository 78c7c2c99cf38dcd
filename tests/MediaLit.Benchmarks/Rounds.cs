using System.Globalization;

namespace MediaLit.Benchmarks;

/// <summary>
/// The median of several rounds with the slowest and fastest beside it: every figure these commands print is
/// one of these, never the best round alone (a best-of hides how much a shared machine moves the result).
/// </summary>
internal sealed record Rounds(double Median, double Low, double High, int Count)
{
    public static Rounds Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            throw new ArgumentException("no rounds to summarise", nameof(values));
        int n = sorted.Count;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Rounds(median, sorted[0], sorted[^1], n);
    }

    /// <summary>E.g. "41.2 s (38.0–47.9, 5 rounds)"; <paramref name="of"/> names what was counted when it is not rounds.</summary>
    public string Show(string format, string unit, string of = "rounds") => string.Create(CultureInfo.InvariantCulture,
        $"{Median.ToString(format, CultureInfo.InvariantCulture)} {unit} ({Low.ToString(format, CultureInfo.InvariantCulture)}–{High.ToString(format, CultureInfo.InvariantCulture)}, {Count} {of})");
}
