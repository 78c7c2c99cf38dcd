using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Reuse;
using MediaLit.Segmentation;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Benchmarks;

/// <summary>Every stage on the five articles, timed with a stopwatch: a first look before the full suites.</summary>
internal static class QuickFigures
{
    public static int Run()
    {
        var corpus = PackData.Corpus;
        var rules = corpus.Rules;
        var temporal = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var sourcing = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        var splitter = new SentenceSplitter(rules.Abbreviations);
        long raw = PackData.RawBytes, clean = PackData.CleanBytes;
        var texts = corpus.Select(a => (a.Id, a.RawText)).ToList();

        Report("load + clean (read text → Article)", raw, () => { foreach (var (id, text) in texts) corpus.Read(id, text); });
        Report("sentence splitting", clean, () =>
        {
            foreach (var a in corpus)
                foreach (var p in a.Paragraphs)
                    foreach (var _ in splitter.Split(a.Text, p.Span)) { }
        });
        // The first call builds the finder's patterns: what a notebook cell pays once.
        var fresh = TemporalLexicon.Load(corpus.DataDirectory);
        long first = System.Diagnostics.Stopwatch.GetTimestamp();
        corpus[0].TemporalExpressions(fresh);
        Console.WriteLine($"{"temporal expressions, first call",-40} {System.Diagnostics.Stopwatch.GetElapsedTime(first).TotalMilliseconds,10:F3} ms");
        Report("temporal expressions", clean, () => { foreach (var a in corpus) a.TemporalExpressions(temporal); });
        Report("attributions", clean, () => { foreach (var a in corpus) a.Attributions(sourcing); });
        Report("text reuse (5 articles)", clean, () => TextReuse.Find(corpus));
        Report("timeline (whole corpus)", clean, () => corpus.Timeline());
        KeptResults.Print();
        DateBaitsAgainstNormalText(corpus, temporal);
        return 0;
    }

    /// <summary>Issue #17's bound: every date bait at no less than a fifth of normal text's throughput.</summary>
    public const double DateBaitBound = 0.20;

    /// <summary>
    /// Issue #17's comparison: each date bait's throughput over normal news text's (the five articles, one call per
    /// article), in this warm process: 2 s of both first, then medians of 9 interleaved rounds of at least 0.1 s
    /// each. The tests check that a bait's time grows in proportion to its length; this says how fast it is.
    /// </summary>
    private static void DateBaitsAgainstNormalText(Corpus corpus, TemporalLexicon temporal)
    {
        long clean = PackData.CleanBytes;
        void Normal()
        {
            foreach (var a in corpus)
                a.TemporalExpressions(temporal);
        }
        Console.WriteLine($"date baits against normal text (issue #17: at least {DateBaitBound:0.00}), warm, medians of 9 interleaved rounds:");
        foreach (string name in MediaLit.Tests.DateBaits.Names)
        {
            var bait = ArticleLoader.FromString(MediaLit.Tests.DateBaits.Build(name), corpus.Rules, "bait");
            long bytes = System.Text.Encoding.UTF8.GetByteCount(bait.Text);
            _ = bait.Sentences;
            void Bait() => bait.TemporalExpressions(temporal);
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 2)
            {
                Normal();
                Bait();
            }
            var normalRates = new List<double>();
            var baitRates = new List<double>();
            for (int round = 0; round < 9; round++)
            {
                normalRates.Add(Measure.MegabytesPerSecond(clean, Measure.Median(Normal, minSeconds: 0.1, minRounds: 1)));
                baitRates.Add(Measure.MegabytesPerSecond(bytes, Measure.Median(Bait, minSeconds: 0.1, minRounds: 1)));
            }
            normalRates.Sort();
            baitRates.Sort();
            double normal = normalRates[4], baitRate = baitRates[4];
            Console.WriteLine($"  {name,-28} bait {baitRate,7:F1} MB/s ({baitRates[0]:F1}-{baitRates[^1]:F1}), normal {normal,6:F1} MB/s ({normalRates[0]:F1}-{normalRates[^1]:F1}), ratio {baitRate / normal:F2}");
        }
    }

    private static void Report(string stage, long bytes, Action action)
    {
        var time = Measure.Median(action, minSeconds: 0.5);
        Console.WriteLine($"{stage,-40} {time.TotalMilliseconds,10:F3} ms  {Measure.MegabytesPerSecond(bytes, time),8:F2} MB/s");
    }
}
