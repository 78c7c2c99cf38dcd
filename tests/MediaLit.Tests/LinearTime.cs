using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17's bound by design: a text built against an analysis takes time in proportion to its length. A bait with a
/// quarter of its repeats and the whole bait are read in turn, and the whole may cost at most twice as much per
/// character as its quarter: linear work costs the same per character (about 1), and work that grows with the square
/// of the length costs four times as much. Both sides run the same code on the same kind of text, so the comparison
/// does not depend on how far the runtime has optimised one path over another. The comparison with normal news text
/// is a figure of the benchmarks' quick command (docs/performance.md), not a test.
/// </summary>
internal static class LinearTime
{
    /// <summary>
    /// Medians of seven interleaved rounds per side, and up to three attempts, so the test fails only when the whole is
    /// dearer per character every time. Each round reads the same amount of text on both sides (the quarter as many
    /// times as it fits in the whole), so anything that comes and goes with the clock falls on both alike. Each
    /// attempt is written to the test's output.
    /// </summary>
    /// <remarks>
    /// Stop 28's CI failed here on a linear bait ("quotes unclosed", 2.2-2.4 in all three attempts; 0.87 on the
    /// machine it was written on). The rounds then counted the whole process's CPU time after one call of each side:
    /// the runtime's background compiles and collections, which run on other threads, fell on whichever side was
    /// being timed. Now the warm-up runs long enough for the runtime to settle (<see cref="WarmUp"/>), and only the
    /// test's own thread is timed (<see cref="ThreadCpu"/>).
    /// </remarks>
    public static void Holds(string name, double partSize, Action readPart, double wholeSize, Action readWhole, ITestOutputHelper output)
    {
        int partsPerWhole = Math.Max(1, (int)Math.Round(wholeSize / partSize));
        WarmUp(readPart, readWhole);
        var attempts = new List<string>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var partCosts = new List<double>();
            var wholeCosts = new List<double>();
            for (int round = 0; round < 7; round++)
            {
                partCosts.Add(ThreadCpu.Seconds(() =>
                {
                    for (int i = 0; i < partsPerWhole; i++)
                        readPart();
                }) / (partSize * partsPerWhole));
                wholeCosts.Add(ThreadCpu.Seconds(readWhole) / wholeSize);
            }
            double part = Median(partCosts), whole = Median(wholeCosts);
            attempts.Add($"quarter {1 / part / 1e6:F2} M chars/s, whole {1 / whole / 1e6:F2} M chars/s, cost per unit whole/quarter {whole / part:F2}");
            output.WriteLine($"{name}: {attempts[^1]}");
            if (whole <= 2 * part)
                return;
        }
        Assert.Fail($"{name}: the whole bait cost more than twice its quarter per unit of length in every attempt: {string.Join("; ", attempts)}");
    }

    /// <summary>
    /// Both sides in turn for at least a third of a second and five calls each: long enough for the runtime's tiered
    /// compiler to have replaced the first, unoptimised code of everything both sides call (it waits for a method's
    /// thirtieth call and a tenth of a second without new compiles) before anything is timed.
    /// </summary>
    private static void WarmUp(Action readPart, Action readWhole)
    {
        var clock = Stopwatch.StartNew();
        for (int calls = 0; calls < 5 || clock.ElapsedMilliseconds < 350; calls++)
        {
            readPart();
            readWhole();
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

/// <summary>
/// The CPU time the calling thread spends on an action. On Linux it is the thread's own clock (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID, to the nanosecond), which neither other processes on a shared machine nor the runtime's
/// background threads advance; elsewhere it falls back to the process's CPU time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Seconds(Action action)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            action();
            return (process.TotalProcessorTime - before).TotalSeconds;
        }
        double start = Now();
        action();
        return Now() - start;
    }

    private static double Now()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed with error {Marshal.GetLastPInvokeError()}.");
        return time.Seconds + time.Nanoseconds / 1e9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated marshalling of the latter needs unsafe code in the test project.
    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
#pragma warning disable SYSLIB1054
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
