using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MediaLit.Benchmarks.Report;

/// <summary>One part of the report (quick, bench, peers, scale, pack): its command line and what it printed.</summary>
/// <param name="BusyBefore">The share of the cores other processes used just before the part started (see <see cref="Machine.WaitUntilQuiet"/>).</param>
internal sealed record PartRun(string Name, string Arguments, int ExitCode, string Output, double Seconds, string LoadBefore, string LoadAfter, string BusyBefore)
{
    /// <summary>
    /// Runs this benchmark program again with the part's arguments, in a process of its own (so one part's JIT,
    /// caches and heap do not colour the next), in <paramref name="folder"/>, capturing everything it prints.
    /// </summary>
    public static PartRun Start(string name, IReadOnlyList<string> arguments, string folder)
    {
        // Other work on the cores slows a part as much as it takes: wait for it to end (two minutes at most) and say how busy the machine still was.
        var (share, waited) = Machine.WaitUntilQuiet(TimeSpan.FromMinutes(2));
        string busyBefore = share is { } busy
            ? string.Create(CultureInfo.InvariantCulture, $"other processes used {busy:P0} of the cores just before it (waited {waited.TotalSeconds:0} s for them{(busy > 0.10 ? "; still busy: its figures are slower than a quiet machine's" : "")})")
            : "how busy the cores were is not available on this OS";
        string loadBefore = Machine.LoadAverage();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(PartRun).Assembly.Location);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        Console.WriteLine($"== {name}: {string.Join(' ', arguments)} (load {loadBefore}; {busyBefore})");
        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        var run = new PartRun(name, string.Join(' ', arguments), process.ExitCode, output.ToString(), watch.Elapsed.TotalSeconds, loadBefore, Machine.LoadAverage(), busyBefore);
        Console.WriteLine($"   exit code {run.ExitCode}, {run.Seconds:F0} s");
        return run;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
        {
            output.AppendLine(line);
            Console.WriteLine("   " + line);
        }
    }
}
