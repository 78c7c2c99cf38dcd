using System.Diagnostics;

namespace MediaLit.Benchmarks;

/// <summary>
/// A plain stopwatch loop for the one-shot commands (peers, scale, quick), where BenchmarkDotNet's
/// many processes and iterations would take minutes: warm up once, then repeat until
/// <c>minSeconds</c> have passed and report the median round.
/// </summary>
internal static class Measure
{
    public static TimeSpan Median(Action action, double minSeconds = 1.0, int minRounds = 5)
    {
        action();
        var rounds = new List<double>();
        var total = Stopwatch.StartNew();
        while (rounds.Count < minRounds || total.Elapsed.TotalSeconds < minSeconds)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            rounds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        rounds.Sort();
        return TimeSpan.FromSeconds(rounds[rounds.Count / 2]);
    }

    public static double MegabytesPerSecond(long bytes, TimeSpan time) => bytes / 1e6 / time.TotalSeconds;
}
