using System.Diagnostics;
using System.Globalization;

namespace MediaLit.Benchmarks;

/// <summary>
/// The headless runner over every notebook, as a teacher runs it: a new process each time, the first
/// one cold (just built, nothing JIT-compiled), the next ones warm (file and restore caches filled).
/// The runner prints one line per cell as it finishes, so the time between two lines is the later
/// cell's time (plus any markdown cells between them); the largest gap names the slowest cell.
/// </summary>
internal static class PackTiming
{
    public static int Run(string[] args)
    {
        int runs = ScaleCommand.Values(args, "--runs").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(2).Last();
        string root = PackData.Root;
        string project = Path.Combine(root, "src", "MediaLit.Notebooks");
        if (Exec(root, "dotnet", ["build", project, "-c", "Release", "-v", "q", "--nologo"], _ => { }) != 0)
            return 1;
        string runner = Path.Combine(project, "bin", "Release", "net10.0", "MediaLit.Notebooks.dll");
        // A fixed output folder keeps the runner's restore cache between runs: restores are not what is timed.
        string output = Path.Combine(root, "artifacts", "bench-pack");

        for (int run = 1; run <= runs; run++)
        {
            var lines = new List<(double At, string Line)>();
            var watch = Stopwatch.StartNew();
            int exit = Exec(root, "dotnet", [runner, "run", "notebooks", "--out", output], line => lines.Add((watch.Elapsed.TotalSeconds, line)));
            double total = watch.Elapsed.TotalSeconds;
            var cells = lines.Select((l, i) => (l.Line, Seconds: l.At - (i == 0 ? 0 : lines[i - 1].At)))
                .Where(c => c.Line.StartsWith("PASS ", StringComparison.Ordinal) || c.Line.StartsWith("FAIL ", StringComparison.Ordinal) || c.Line.StartsWith("SKIP ", StringComparison.Ordinal))
                .ToList();
            string summary = lines.LastOrDefault(l => l.Line.StartsWith("Notebooks:", StringComparison.Ordinal)).Line ?? "(no summary line)";
            Console.WriteLine($"{(run == 1 ? "cold" : "warm")} run {run}: {total:F1} s wall, exit code {exit}; {summary}");
            // The first line also carries process start and Roslyn's first compilation.
            foreach (var (line, seconds) in cells.OrderByDescending(c => c.Seconds).Take(3))
                Console.WriteLine($"    {seconds,6:F2} s  {line}");
        }
        return 0;
    }

    private static int Exec(string folder, string file, string[] arguments, Action<string> onLine)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
            onLine(line);
        process.WaitForExit();
        return process.ExitCode;
    }
}
