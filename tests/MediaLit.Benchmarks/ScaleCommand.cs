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
        var phases = new PhasePeaks("generate and read + clean, a batch at a time");
        var (articles, feed, generated, read, readAllocated) = GenerateAndRead(corpus, size);
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
    /// Generates the feed and reads it into articles, a batch at a time: the generator hands over each raw text as it
    /// makes it, and every full batch is read in parallel and let go, so the feed's raw text is never all in memory
    /// at once (as a teacher's feed is read file by file; an article rebuilds its raw text when asked). Before, the
    /// whole 0.57 GB of generated raw text was made first and died only as it was read, while the articles grew:
    /// most of the read + clean peak was the benchmark's own input. The two steps' times are summed apart.
    /// </summary>
    private static (Article[] Articles, ScaleCorpus Feed, TimeSpan Generated, TimeSpan Read, long ReadAllocated) GenerateAndRead(Corpus corpus, int size)
    {
        const int Batch = 4096;
        var articles = new Article[size];
        var batch = new List<(int Index, string Text)>(Batch);
        var reading = new Stopwatch();
        long readAllocated = 0;
        void ReadBatch()
        {
            reading.Start();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            Parallel.For(0, batch.Count, i => articles[batch[i].Index] = corpus.Read($"s{batch[i].Index:D6}", batch[i].Text));
            readAllocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            batch.Clear();
            reading.Stop();
        }

        var total = Stopwatch.StartNew();
        var feed = ScaleCorpus.Generate(corpus, new ScaleCorpusOptions { Articles = size }, (k, text) =>
        {
            batch.Add((k, text));
            if (batch.Count == Batch)
                ReadBatch();
        });
        ReadBatch();
        return (articles, feed, total.Elapsed - reading.Elapsed, reading.Elapsed, readAllocated);
    }

    internal static IEnumerable<string> Values(string[] args, string name)
    {
        for (int i = 0; i + 1 < args.Length; i++)
            if (args[i] == name)
                yield return args[i + 1];
    }
}
