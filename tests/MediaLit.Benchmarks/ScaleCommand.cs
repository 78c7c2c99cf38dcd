using System.Diagnostics;
using System.Globalization;
using MediaLit.Articles;
using MediaLit.Benchmarks.Scale;
using MediaLit.Reuse;

namespace MediaLit.Benchmarks;

/// <summary>
/// Reuse detection on a generated feed, once, with a stopwatch: BenchmarkDotNet's repeated runs would
/// take many minutes at 100k articles. Prints the time of each step, memory, and recall/precision
/// against the planted copies.
/// </summary>
internal static class ScaleCommand
{
    public static int Run(string[] args)
    {
        var sizes = Values(args, "--articles").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToList();
        foreach (int size in sizes)
            RunOne(size);
        return 0;
    }

    private static void RunOne(int size)
    {
        var corpus = PackData.Corpus;
        var cues = BackReferenceLexicon.Load(corpus.DataDirectory);
        var phases = new PhasePeaks("generate");
        var (articles, feed, generated, read, readAllocated) = GenerateAndRead(corpus, size, phases);
        long textBytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        // The peak so far is the generator's and the reading's; the one after reuse is the whole run's.
        long peakBeforeReuse = Process.GetCurrentProcess().PeakWorkingSet64;
        phases.Next("between (the heap figure's full collection)");
        GC.Collect();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        phases.Next("text reuse");
        var watch = Stopwatch.StartNew();
        long allocatedBeforeReuse = GC.GetTotalAllocatedBytes(precise: true);
        var report = TextReuse.Find(articles, new TextReuseOptions { BackReferenceCues = cues });
        var reuse = watch.Elapsed;
        long reuseAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBeforeReuse;
        var score = ReuseScore.Of(report, articles, feed);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        phases.Dispose();

        Console.WriteLine($"feed of {size:N0} articles ({textBytes / 1e6:F1} MB of clean text, {feed.Copies.Count:N0} planted copies):");
        Console.WriteLine($"  generate {generated.TotalSeconds:F1} s, read + clean {read.TotalSeconds:F1} s ({textBytes / 1e6 / read.TotalSeconds:F1} MB/s)");
        Console.WriteLine($"  text reuse {reuse.TotalSeconds:F2} s ({textBytes / 1e6 / reuse.TotalSeconds:F1} MB/s), {report.Passages.Count:N0} passages");
        Console.WriteLine($"  memory: articles {heapBefore / 1e9:F2} GB on the heap; process peak working set {peak / 1e9:F2} GB ({peakBeforeReuse / 1e9:F2} GB before reuse)");
        Console.WriteLine("  peak by phase (working set sampled every 5 ms):");
        foreach (string line in phases.Lines())
            Console.WriteLine(line);
        Console.WriteLine($"  allocated: read + clean {readAllocated / 1e9:F2} GB, text reuse {reuseAllocated / 1e9:F2} GB ({(double)reuseAllocated / textBytes:F1}x the clean text's UTF-8 bytes)");
        Console.WriteLine($"  {score}");
        GC.KeepAlive(articles);
    }

    /// <summary>
    /// Generates the feed and reads it into articles. The generator's raw texts are the benchmark's input, not the
    /// articles': each is let go as soon as its article is read (an article rebuilds its raw text when asked), and
    /// the feed comes back without them. In a method of its own so that no slot of the caller's frame can keep
    /// them alive: before, a method run once (unoptimised tier-0 code) kept the whole 0.57 GB of raw texts on the
    /// heap through the reuse step, and the heap figure counted them as the articles'.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Article[] Articles, ScaleCorpus Feed, TimeSpan Generated, TimeSpan Read, long ReadAllocated) GenerateAndRead(Corpus corpus, int size, PhasePeaks phases)
    {
        var watch = Stopwatch.StartNew();
        var feed = ScaleCorpus.Generate(corpus, new ScaleCorpusOptions { Articles = size });
        var generated = watch.Elapsed;
        string?[] texts = [.. feed.Texts];
        feed = feed with { Texts = [] };
        phases.Next("read + clean");
        watch.Restart();
        long allocatedBeforeRead = GC.GetTotalAllocatedBytes(precise: true);
        var articles = new Article[texts.Length];
        Parallel.For(0, texts.Length, i =>
        {
            articles[i] = corpus.Read($"s{i:D6}", texts[i]!);
            texts[i] = null;
        });
        var read = watch.Elapsed;
        return (articles, feed, generated, read, GC.GetTotalAllocatedBytes(precise: true) - allocatedBeforeRead);
    }

    internal static IEnumerable<string> Values(string[] args, string name)
    {
        for (int i = 0; i + 1 < args.Length; i++)
            if (args[i] == name)
                yield return args[i + 1];
    }
}
