namespace MediaLit.Benchmarks.Peers;

/// <summary>The median of a figure's rounds, with its lowest and highest round.</summary>
internal sealed record Rate(double Median, double Low, double High)
{
    public static Rate Of(IEnumerable<double> rounds)
    {
        var sorted = rounds.Order().ToList();
        int n = sorted.Count;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Rate(median, sorted[0], sorted[^1]);
    }
}
