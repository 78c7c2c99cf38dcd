using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MediaLit.Benchmarks;

/// <summary>
/// The headless runner over the whole pack, as a teacher runs it (student and teacher editions), in a new process
/// each round. One first round restores the packages and fills the caches and is not counted; then at least five
/// rounds are timed. Each round's wall time is printed, then the median and range, and the slowest cells as the
/// median over rounds of each cell's own time (from the runner's timings.csv, measured in its worker); package
/// restores and kernel starts are reported apart. Never best-of.
/// </summary>
internal static class PackTiming
{
    /// <summary>What the report command reads back (artifacts/bench/pack.json).</summary>
    internal sealed record Summary(
        Rounds Wall, List<Round> Rounds, double FirstRoundSeconds, bool TeacherEdition, int Cores,
        List<CellTime> SlowestCode, List<CellTime> Restores, Rounds KernelStart, int CodeCells, int CodeCellsOverOneSecond);

    internal sealed record Round(double Seconds, int ExitCode, string Summary, string LoadBefore, string LoadAfter);

    internal sealed record CellTime(string Edition, string Notebook, string Cell, Rounds Seconds);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string SummaryPath => Path.Combine(PackData.Root, "artifacts", "bench", "pack.json");

    public static int Run(string[] args)
    {
        int rounds = ScaleCommand.Values(args, "--rounds").Concat(ScaleCommand.Values(args, "--runs"))
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(5).Last();
        bool teacher = !args.Contains("--no-teacher");
        string root = PackData.Root;
        string project = Path.Combine(root, "src", "MediaLit.Notebooks");
        if (Exec(root, "dotnet", ["build", project, "-c", "Release", "-v", "q", "--nologo"], _ => { }) != 0)
            return 1;
        string runner = Path.Combine(project, "bin", "Release", "net10.0", "MediaLit.Notebooks.dll");
        // A fixed output folder keeps the runner's restore cache between rounds: restores are not what is timed.
        string output = Path.Combine(root, "artifacts", "bench-pack");
        string[] arguments = [runner, "run", "notebooks", "--out", output, .. teacher ? Array.Empty<string>() : ["--no-teacher-site"]];
        Console.WriteLine($"The pack, {(teacher ? "student and teacher editions" : "student edition only")}, {Environment.ProcessorCount} cores: "
            + $"one first round (restores, caches; not counted), then {rounds} timed rounds.");

        var first = RunOnce(root, arguments);
        Console.WriteLine($"first round: {first.Seconds:F1} s wall, exit code {first.ExitCode}; {first.Summary}; load {first.LoadBefore} → {first.LoadAfter}");
        var timed = new List<Round>();
        var cellRounds = new List<List<string[]>>();
        for (int round = 1; round <= rounds; round++)
        {
            var result = RunOnce(root, arguments);
            timed.Add(result);
            cellRounds.Add(ReadTimings(Path.Combine(output, "timings.csv")));
            Console.WriteLine($"round {round}: {result.Seconds:F1} s wall, exit code {result.ExitCode}; {result.Summary}; load {result.LoadBefore} → {result.LoadAfter}");
        }

        var summary = Summarise(timed, cellRounds, first.Seconds, teacher);
        Print(summary);
        Directory.CreateDirectory(Path.GetDirectoryName(SummaryPath)!);
        File.WriteAllText(SummaryPath, JsonSerializer.Serialize(summary, Indented));
        return timed.All(r => r.ExitCode == 0) ? 0 : 1;
    }

    private static Round RunOnce(string root, string[] arguments)
    {
        string loadBefore = Machine.LoadAverage();
        string summary = "(no summary line)";
        var watch = Stopwatch.StartNew();
        int exit = Exec(root, "dotnet", arguments, line =>
        {
            if (line.StartsWith("Notebooks:", StringComparison.Ordinal))
                summary = line;
            else if (line.StartsWith("Teacher edition:", StringComparison.Ordinal))
                summary += "; " + line;
        });
        return new Round(watch.Elapsed.TotalSeconds, exit, summary, loadBefore, Machine.LoadAverage());
    }

    /// <summary>The rows of timings.csv (edition, notebook, cell, seconds, kind); names with commas do not occur in the pack.</summary>
    private static List<string[]> ReadTimings(string path) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Where(f => f.Length == 5).ToList();

    private static Summary Summarise(List<Round> rounds, List<List<string[]>> cellRounds, double first, bool teacher)
    {
        // Each cell's median over the rounds it ran in, keyed by edition, notebook, cell and kind.
        var cells = cellRounds.SelectMany(r => r)
            .GroupBy(f => (Edition: f[0], Notebook: f[1], Cell: f[2], Kind: f[4]))
            .Select(g => (g.Key, Time: new CellTime(g.Key.Edition, g.Key.Notebook, g.Key.Cell,
                Rounds.Of(g.Select(f => double.Parse(f[3], CultureInfo.InvariantCulture))))))
            .ToList();
        var code = cells.Where(c => c.Key.Kind == "code").Select(c => c.Time).OrderByDescending(c => c.Seconds.Median).ToList();
        var kernel = cells.Where(c => c.Key.Kind == "kernel start").SelectMany(c => new[] { c.Time.Seconds.Median }).DefaultIfEmpty(0);
        return new Summary(
            Rounds.Of(rounds.Select(r => r.Seconds)), rounds, first, teacher, Environment.ProcessorCount,
            code.Take(10).ToList(),
            cells.Where(c => c.Key.Kind == "restore").Select(c => c.Time).OrderByDescending(c => c.Seconds.Median).ToList(),
            Rounds.Of(kernel), code.Count, code.Count(c => c.Seconds.Median > 1.0));
    }

    private static void Print(Summary summary)
    {
        Console.WriteLine();
        Console.WriteLine($"Whole pack, wall time: median {summary.Wall.Show("F1", "s")}.");
        Console.WriteLine($"Kernel start per notebook (process start to kernel ready), median over notebooks of each one's median: {summary.KernelStart.Show("F2", "s", "notebooks")}.");
        Console.WriteLine($"Code cells: {summary.CodeCells}, of which {summary.CodeCellsOverOneSecond} take over 1 s (median over rounds). Slowest:");
        foreach (var cell in summary.SlowestCode)
            Console.WriteLine($"    {cell.Seconds.Show("F3", "s")}  {cell.Edition} {cell.Notebook} cell {cell.Cell}");
        Console.WriteLine("Package restores (cells with #r \"nuget:\", apart):");
        foreach (var cell in summary.Restores)
            Console.WriteLine($"    {cell.Seconds.Show("F3", "s")}  {cell.Edition} {cell.Notebook} cell {cell.Cell}");
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
