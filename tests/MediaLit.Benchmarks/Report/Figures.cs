using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaLit.Benchmarks.Report;

/// <summary>
/// Reads the figures the targets table needs back out of what each part printed or wrote. The peers and scale
/// commands print text meant for people, so these read it leniently: a figure that cannot be found is null and the
/// table says so, pointing at that part's output further down, rather than guessing.
/// </summary>
internal static partial class Figures
{
    /// <summary>A BenchmarkDotNet result: median, fastest and slowest iteration (ns), bytes allocated per operation.</summary>
    internal sealed record Benchmark(string Method, double MedianNs, double MinNs, double MaxNs, long? AllocatedBytes);

    /// <summary>Every benchmark in the JSON reports BenchmarkDotNet wrote under <paramref name="folder"/>.</summary>
    public static List<Benchmark> BenchmarkResults(string folder)
    {
        var list = new List<Benchmark>();
        if (!Directory.Exists(folder))
            return list;
        foreach (string file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("Benchmarks", out var benchmarks))
                continue;
            foreach (var b in benchmarks.EnumerateArray())
            {
                if (!b.TryGetProperty("Statistics", out var s) || s.ValueKind != JsonValueKind.Object)
                    continue;
                long? allocated = b.TryGetProperty("Memory", out var m) && m.TryGetProperty("BytesAllocatedPerOperation", out var a) ? a.GetInt64() : null;
                list.Add(new Benchmark(b.GetProperty("Method").GetString()!, s.GetProperty("Median").GetDouble(), s.GetProperty("Min").GetDouble(),
                    s.GetProperty("Max").GetDouble(), allocated));
            }
        }
        return list;
    }

    /// <summary>A ratio with its range as the peers command prints it after a tool's name: "12.3× [8.1–15.0]".</summary>
    internal sealed record Ratio(double Median, double Low, double High)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Median:0.0}× ({Low:0.0}–{High:0.0}×)");
    }

    /// <summary>The first "N× [a–b]" on the line that starts with <paramref name="tool"/> (case-insensitive).</summary>
    public static Ratio? PeerRatio(string output, string tool)
    {
        var line = LineStartingWith(output, tool);
        var match = line is null ? null : RatioPattern().Match(line);
        return match is { Success: true }
            ? new Ratio(Number(match.Groups["median"].Value), Number(match.Groups["low"].Value), Number(match.Groups["high"].Value))
            : null;
    }

    /// <summary>The F1 on a peers line: the last of the three scores (precision, recall, F1) before "N/N right".</summary>
    public static double? PeerF1(string output, string tool)
    {
        var line = LineStartingWith(output, tool);
        var match = line is null ? null : ScoresPattern().Match(line);
        return match is { Success: true } ? Number(match.Groups["f1"].Value) : null;
    }

    /// <summary>"first call ...: 85 ms" in the peers output.</summary>
    public static double? FirstCallMilliseconds(string output)
    {
        var match = FirstCallPattern().Match(output);
        return match.Success ? Number(match.Groups["ms"].Value) : null;
    }

    /// <summary>The lines of the scale output about the feed of <paramref name="articles"/> articles (up to the next feed).</summary>
    public static string? ScaleBlock(string output, int articles)
    {
        string head = $"feed of {articles.ToString("N0", CultureInfo.InvariantCulture)} articles";
        int start = output.IndexOf(head, StringComparison.Ordinal);
        if (start < 0)
            return null;
        int next = output.IndexOf("feed of ", start + head.Length, StringComparison.Ordinal);
        return next < 0 ? output[start..] : output[start..next];
    }

    /// <summary>"peak working set 1.84 GB" (GB).</summary>
    public static double? PeakGigabytes(string block)
    {
        var match = PeakPattern().Match(block);
        return match.Success ? Number(match.Groups["gb"].Value) : null;
    }

    /// <summary>The multiple of the text that a step allocated: "text reuse 0.95 GB (3.3x the clean text".</summary>
    public static double? ReuseAllocationMultiple(string block)
    {
        var match = ReuseAllocationPattern().Match(block);
        return match.Success ? Number(match.Groups["x"].Value) : null;
    }

    /// <summary>The pair recall on the peers line that starts with <paramref name="tool"/>: "recall 15.1 %", as a percentage.</summary>
    public static double? PairRecall(string output, string tool)
    {
        var line = LineStartingWith(output, tool);
        var match = line is null ? null : PairRecallPattern().Match(line);
        return match is { Success: true } ? Number(match.Groups["percent"].Value) : null;
    }

    /// <summary>"text reuse 10.52 s" (seconds).</summary>
    public static double? ReuseSeconds(string block)
    {
        var match = ReuseTimePattern().Match(block);
        return match.Success ? Number(match.Groups["s"].Value) : null;
    }

    /// <summary>What the quick command's results line for <paramref name="name"/> says they keep: "full article pipeline kept 119.7 KB" (bytes).</summary>
    public static double? KeptBytes(string output, string name)
    {
        var line = LineStartingWith(output, name + " ");
        var match = line is null ? null : KeptPattern().Match(line);
        return match is { Success: true } ? Number(match.Groups["kb"].Value) * 1e3 : null;
    }

    /// <summary>Each date bait's ratio to normal text as the quick command prints it: "  month names  bait 56.9 MB/s (…), normal …, ratio 0.16".</summary>
    public static List<(string Bait, double Ratio)> BaitRatios(string output) =>
        [.. BaitRatioPattern().Matches(output).Select(m => (m.Groups["name"].Value.Trim(), Number(m.Groups["ratio"].Value)))];

    private static string? LineStartingWith(string output, string tool) =>
        output.Split('\n').Select(l => l.TrimStart()).FirstOrDefault(l => l.StartsWith(tool, StringComparison.OrdinalIgnoreCase));

    private static double Number(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<median>[0-9][0-9,]*(?:\.[0-9]+)?)\s*×\s*\[(?<low>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[–-]\s*(?<high>[0-9][0-9,]*(?:\.[0-9]+)?)\]")]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"(?<p>[01]\.[0-9]{3})\s+(?<r>[01]\.[0-9]{3})\s+(?<f1>[01]\.[0-9]{3})\s+[0-9]+/[0-9]+ right")]
    private static partial Regex ScoresPattern();

    [GeneratedRegex(@"first call[^:\n]*:\s*(?<ms>[0-9][0-9,]*(?:\.[0-9]+)?)\s*ms", RegexOptions.IgnoreCase)]
    private static partial Regex FirstCallPattern();

    [GeneratedRegex(@"peak working set\s*(?<gb>[0-9]+(?:\.[0-9]+)?)\s*GB", RegexOptions.IgnoreCase)]
    private static partial Regex PeakPattern();

    [GeneratedRegex(@"text reuse[^(\n]*\((?<x>[0-9]+(?:\.[0-9]+)?)x the clean text", RegexOptions.IgnoreCase)]
    private static partial Regex ReuseAllocationPattern();

    [GeneratedRegex(@"text reuse\s+(?<s>[0-9]+(?:\.[0-9]+)?)\s*s\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReuseTimePattern();

    [GeneratedRegex(@"\bkept\s+(?<kb>[0-9][0-9,]*(?:\.[0-9]+)?)\s*KB")]
    private static partial Regex KeptPattern();

    [GeneratedRegex(@"^ +(?<name>\S.*?)\s+bait\s+[0-9.]+ MB/s.*ratio (?<ratio>[0-9]+\.[0-9]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex BaitRatioPattern();

    [GeneratedRegex(@"pairs: recall\s*(?<percent>[0-9]+(?:\.[0-9]+)?)\s*%")]
    private static partial Regex PairRecallPattern();
}
