using System.Diagnostics;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17's bound for hostile text: a bait is read at no less than a fifth of the throughput of normal text.
/// Compared as a ratio measured in one run, never against a clock, so a busy machine slows both sides alike.
/// </summary>
internal static class ThroughputRatio
{
    /// <summary>
    /// Medians of five interleaved rounds per side (a busy moment can slow either), after one warm-up of each, and
    /// up to three attempts, so the test fails only when the bait is slow every time. Sizes are in any one unit
    /// (characters or bytes) for both sides; each attempt is written to the test's output.
    /// </summary>
    public static void AtLeastAFifth(string name, double normalSize, Action readNormal, double baitSize, Action readBait, ITestOutputHelper output)
    {
        readNormal();
        readBait();
        var attempts = new List<string>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var normalRates = new List<double>();
            var baitRates = new List<double>();
            for (int round = 0; round < 5; round++)
            {
                normalRates.Add(normalSize / Seconds(readNormal));
                baitRates.Add(baitSize / Seconds(readBait));
            }
            double normalRate = Median(normalRates), baitRate = Median(baitRates);
            attempts.Add($"normal {normalRate / 1e6:F2} M/s, bait {baitRate / 1e6:F2} M/s, ratio {baitRate / normalRate:F2}");
            output.WriteLine($"{name}: {attempts[^1]}");
            if (baitRate >= normalRate / 5)
                return;
        }
        Assert.Fail($"{name}: the bait ran below a fifth of normal text's throughput in every attempt: {string.Join("; ", attempts)}");
    }

    private static double Seconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
