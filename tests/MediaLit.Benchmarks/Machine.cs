using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace MediaLit.Benchmarks;

/// <summary>What every figure depends on: the machine, how busy it was, and the tools' versions.</summary>
internal static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages (Linux /proc/loadavg), or a note where the OS has none.</summary>
    public static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(" / ", File.ReadAllText(file).Split(' ').Take(3)) : "not available on this OS";
    }

    /// <summary>
    /// The share of all cores' time that processes other than the report used over one second (Linux /proc/stat:
    /// busy time over all time, both summed over the cores), or null where the OS has no such file. The report is
    /// idle while it samples, so what it sees is other work: a part measured beside it runs slower by about as much.
    /// </summary>
    public static double? BusyShare(TimeSpan over)
    {
        if (ReadCpuTimes() is not { } before)
            return null;
        Thread.Sleep(over);
        if (ReadCpuTimes() is not { } after || after.Total <= before.Total)
            return null;
        return (double)(after.Busy - before.Busy) / (after.Total - before.Total);
    }

    /// <summary>
    /// Waits, sampling each second, until other processes use under a tenth of the cores (at most
    /// <paramref name="longest"/>): a report measured while a build, a test run or a helper's work shared the cores
    /// ran its parts up to seven times slower (docs/performance.md of 2026-12-03 against a quiet run). Returns the
    /// last share seen and how long it waited.
    /// </summary>
    public static (double? Share, TimeSpan Waited) WaitUntilQuiet(TimeSpan longest)
    {
        var watch = Stopwatch.StartNew();
        double? share;
        while ((share = BusyShare(TimeSpan.FromSeconds(1))) is > 0.10 && watch.Elapsed < longest)
        {
        }
        return (share, watch.Elapsed);
    }

    private static (long Busy, long Total)? ReadCpuTimes()
    {
        const string file = "/proc/stat";
        if (!File.Exists(file))
            return null;
        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the time no work ran.
        string[] fields = File.ReadLines(file).First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long[] ticks = [.. fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture))];
        long total = ticks.Sum(), idle = ticks[3] + ticks[4];
        return (total - idle, total);
    }

    public static string Description()
    {
        long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {memory / 1e9:F1} GB memory, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
    }

    /// <summary>The first line a tool prints for its version flag, or "not found".</summary>
    public static string ToolVersion(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "not found";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
