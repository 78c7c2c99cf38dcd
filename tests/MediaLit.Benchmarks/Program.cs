using BenchmarkDotNet.Running;
using MediaLit.Benchmarks;

// One entry point for every measurement; see docs/performance.md for what each prints.
string command = args.Length > 0 ? args[0] : "help";
string[] rest = args.Skip(1).ToArray();
return command switch
{
    "bench" => RunBenchmarks(rest),
    "quick" => QuickFigures.Run(),
    "scale" => ScaleCommand.Run(rest),
    "peers" => PeerComparison.Run(rest),
    "pack" => PackTiming.Run(rest),
    "report" => MediaLit.Benchmarks.Report.ReportCommand.Run(rest),
    "clean-text" => DumpCleanText(rest),
    _ => Help(),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickFigures).Assembly).Run(args);
    return 0;
}

// What the splitter and the date finders see, for whoever labels the texts (labels/README.md).
static int DumpCleanText(string[] args)
{
    string folder = args.Length > 0 ? args[0] : "clean-text";
    Directory.CreateDirectory(folder);
    foreach (var article in PackData.Corpus)
        File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), article.Text);
    Console.WriteLine($"Wrote {PackData.Corpus.Count} clean texts to {Path.GetFullPath(folder)}");
    return 0;
}

static int Help()
{
    Console.WriteLine("""
        MediaLit benchmarks (run with -c Release):
          bench [BenchmarkDotNet args]   the BenchmarkDotNet suites, e.g. bench --filter '*Pipeline*'
          quick                          every stage once, timed with a stopwatch (seconds, not minutes)
          scale [--articles N ...]       reuse detection on a generated feed: time, memory, recall, precision
          peers [--mb N] [--rounds N] [--warmup S] [--round-seconds S] [--only dates]
                                         chrono-node, wink-nlp, compromise and sbd side by side, with ratios
                                         (both sides warm up S seconds, default 3; rounds last >= N MB and >= S s)
          pack [--rounds N] [--no-teacher]  the whole pack through the runner: one first round, then N ≥ 5 timed
                                         rounds (median, range); slowest cells from the runner's per-cell timings
          report [--quick] [--only a,b]  runs quick, bench, peers, scale and pack and writes docs/performance.md
                                         from docs/performance.template.md (--out file to write elsewhere)
          clean-text [folder]            writes the five clean texts (what the splitter and date finders read)
        """);
    return 2;
}
