using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MediaLit.Benchmarks.Report;

/// <summary>
/// The report command: runs the parts (quick, bench, peers, scale, pack), each in a process of its own, and writes
/// docs/performance.md from docs/performance.template.md: the machine, the versions, the load at the start and the
/// end, the targets table (<see cref="Targets"/>) and what each part printed. Parts left out with --only (or
/// --quick) are named on the page as not measured in this run; no figure from an earlier run is carried over.
/// </summary>
internal static partial class ReportCommand
{
    // Pack first after quick: it is the longest and the one this page exists for; bench last, its BenchmarkDotNet runs take longest per figure.
    private static readonly string[] AllParts = ["quick", "pack", "peers", "scale", "bench"];

    public static int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        var only = ScaleCommand.Values(args, "--only").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (only.FirstOrDefault(p => !AllParts.Contains(p)) is { } unknown)
        {
            Console.Error.WriteLine($"report: unknown part '{unknown}' in --only; the parts are {string.Join(", ", AllParts)}.");
            return 2;
        }
        var parts = only.Count > 0 ? AllParts.Where(only.Contains).ToList() : quick ? ["quick", "pack", "peers", "scale"] : [.. AllParts];
        string root = PackData.Root;
        string template = Path.Combine(root, "docs", "performance.template.md");
        string output = ScaleCommand.Values(args, "--out").DefaultIfEmpty(Path.Combine(root, "docs", "performance.md")).Last();
        if (!File.Exists(template))
        {
            Console.Error.WriteLine($"report: the template {template} is missing; restore it from git (git checkout -- docs/performance.template.md).");
            return 2;
        }

        string work = Path.Combine(root, "artifacts", "bench");
        string benchFolder = Path.Combine(work, "bdn");
        string started = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        string loadStart = Machine.LoadAverage();
        var runs = new Dictionary<string, PartRun>(StringComparer.Ordinal);
        // The page is rewritten after each part, so a run stopped half-way leaves a page that names what it measured.
        Write(args, template, output, started, loadStart, parts, runs, benchFolder);
        foreach (string part in parts)
        {
            if (part == "bench" && Directory.Exists(benchFolder))
                Directory.Delete(benchFolder, recursive: true); // only this run's BenchmarkDotNet results are read
            if (part == "pack" && File.Exists(PackTiming.SummaryPath))
                File.Delete(PackTiming.SummaryPath);
            Directory.CreateDirectory(benchFolder);
            // Every part runs from the root: BenchmarkDotNet finds the benchmark project by searching down from the
            // working folder (run from artifacts/bench/bdn it found none and every benchmark was NA); its results
            // go to the bench folder through --artifacts.
            runs[part] = PartRun.Start(part, Arguments(part, quick, benchFolder), root);
            Write(args, template, output, started, loadStart, parts, runs, benchFolder);
        }
        return runs.Values.All(r => r.ExitCode == 0) ? 0 : 1;
    }

    private static void Write(string[] args, string template, string output, string started, string loadStart,
        List<string> parts, Dictionary<string, PartRun> runs, string benchFolder)
    {
        var measured = parts.Where(runs.ContainsKey).ToList();
        var missing = AllParts.Except(measured).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = started,
            ["command"] = "dotnet run -c Release --project tests/MediaLit.Benchmarks -- report" + (args.Length > 0 ? " " + string.Join(' ', args) : ""),
            ["machine"] = Machine.Description(),
            ["load"] = $"{loadStart} at the start, {Machine.LoadAverage()} at the end (1-, 5- and 15-minute load averages; with {Environment.ProcessorCount} cores, a load above {Environment.ProcessorCount} means other work was waiting for them)",
            ["versions"] = $".NET {Environment.Version} (SDK {Machine.ToolVersion("dotnet", "--version")}), Node {Machine.ToolVersion("node", "--version")}, npm {Machine.ToolVersion("npm", "--version")}, BenchmarkDotNet {typeof(BenchmarkDotNet.Running.BenchmarkRunner).Assembly.GetName().Version}",
            ["measured"] = measured.Count > 0 ? string.Join(", ", measured) : "none yet",
            ["not-measured"] = missing.Count > 0 ? string.Join(", ", missing) : "none",
            ["targets"] = Targets.Table(runs, benchFolder, PackTiming.SummaryPath),
            ["parts"] = Outputs(runs),
        };
        File.WriteAllText(output, Fill(File.ReadAllText(template), values, template));
        Console.WriteLine($"Wrote {output} (measured: {values["measured"]}; not measured: {values["not-measured"]}).");
    }

    private static string[] Arguments(string part, bool quick, string benchFolder) => part switch
    {
        "bench" => ["bench", "--filter", "*PipelineBenchmarks*", "*KernelModeBenchmarks*", "--exporters", "json", "--artifacts", benchFolder],
        "scale" => quick ? ["scale", "--articles", "1000", "--articles", "10000"] : ["scale", "--articles", "1000", "--articles", "10000", "--articles", "100000"],
        "pack" => ["pack", "--rounds", "5"],
        _ => [part],
    };

    /// <summary>Each part's command, exit code, time, load and output (BenchmarkDotNet's: its summary table only).</summary>
    private static string Outputs(Dictionary<string, PartRun> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs.Values)
        {
            string output = run.Name == "bench" ? BenchmarkSummary(run.Output) : run.Output;
            // A fence longer than any run of backticks in the output, so nothing it prints can end the block.
            string fence = new('`', Math.Max(3, Backticks().Matches(output).Select(m => m.Length + 1).DefaultIfEmpty(0).Max()));
            text.Append(CultureInfo.InvariantCulture, $"### {run.Name}\n\n`{run.Arguments}`: exit code {run.ExitCode}, {run.Seconds:0} s, load {run.LoadBefore} → {run.LoadAfter}; {run.BusyBefore}.\n\n")
                .Append(fence).Append("text\n").Append(output.TrimEnd()).Append('\n').Append(fence).Append("\n\n");
        }
        return text.Length == 0 ? "No part was run.\n" : text.ToString();
    }

    /// <summary>BenchmarkDotNet's "// * Summary *" section up to its legends; all of it when there is none (a failed run).</summary>
    private static string BenchmarkSummary(string output)
    {
        int start = output.IndexOf("// * Summary *", StringComparison.Ordinal);
        if (start < 0)
            return output;
        int end = output.IndexOf("// * Legends *", start, StringComparison.Ordinal);
        return end < 0 ? output[start..] : output[start..end];
    }

    /// <summary>Replaces every {{name}}; a name the command does not know is an error naming the template.</summary>
    private static string Fill(string template, Dictionary<string, string> values, string path) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{path}: unknown placeholder {m.Value}; the known ones are {string.Join(", ", values.Keys.Select(k => "{{" + k + "}}"))}."));

    [GeneratedRegex(@"\{\{(?<name>[a-z-]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
