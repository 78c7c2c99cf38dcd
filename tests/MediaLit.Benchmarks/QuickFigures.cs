using MediaLit.Articles;
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
        return 0;
    }

    private static void Report(string stage, long bytes, Action action)
    {
        var time = Measure.Median(action, minSeconds: 0.5);
        Console.WriteLine($"{stage,-40} {time.TotalMilliseconds,10:F3} ms  {Measure.MegabytesPerSecond(bytes, time),8:F2} MB/s");
    }
}
