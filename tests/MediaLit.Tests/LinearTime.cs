using System.Diagnostics;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17's bound by design: a text built against an analysis takes time in proportion to its length. A bait with a
/// quarter of its repeats and the whole bait are read in turn, and the whole may cost at most twice as much per
/// character as its quarter: linear work costs the same per character (about 1; a larger text's working set fits the
/// caches less well, which on a busy machine cost up to 1.6 between a half and a whole), and work that grows with the
/// square of the length costs four times as much. Both sides run the same code on the same kind of text, so the
/// comparison does not depend on how far the runtime has optimised one path over another, which made the earlier
/// comparison with normal news text (at least a fifth of its throughput) swing from 0.08 to 0.44 between runs of
/// one build on a busy machine. That comparison is now a figure of the benchmarks' quick command
/// (docs/performance.md), not a test.
/// </summary>
internal static class LinearTime
{
    /// <summary>
    /// Medians of seven interleaved rounds per side of the process's CPU time, after one call of each, and up to three
    /// attempts, so the test fails only when the whole is dearer per character every time (with three busy processes
    /// on two cores, single attempts of five rounds of a half against the whole reached 1.6-1.9 for linear baits).
    /// Each attempt is written to the test's output.
    /// </summary>
    public static void Holds(string name, double partSize, Action readPart, double wholeSize, Action readWhole, ITestOutputHelper output)
    {
        readPart();
        readWhole();
        var attempts = new List<string>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var partCosts = new List<double>();
            var wholeCosts = new List<double>();
            for (int round = 0; round < 7; round++)
            {
                partCosts.Add(Seconds(readPart) / partSize);
                wholeCosts.Add(Seconds(readWhole) / wholeSize);
            }
            double part = Median(partCosts), whole = Median(wholeCosts);
            attempts.Add($"quarter {partSize / part / 1e6:F2} M/s, whole {wholeSize / whole / 1e6:F2} M/s, cost per unit whole/quarter {whole / part:F2}");
            output.WriteLine($"{name}: {attempts[^1]}");
            if (whole <= 2 * part)
                return;
        }
        Assert.Fail($"{name}: the whole bait cost more than twice its quarter per unit of length in every attempt: {string.Join("; ", attempts)}");
    }

    /// <summary>
    /// The CPU time the process spent on <paramref name="action"/> (all its threads: garbage collection and the JIT's
    /// background compiles count for the side that caused them; on Linux the runtime reads it to the microsecond).
    /// Other processes on a shared machine slow the wall clock of whichever side they happen to fall on; they take no
    /// CPU time from this process's count.
    /// </summary>
    private static double Seconds(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
