using System.Text;
using BenchmarkDotNet.Attributes;
using MediaLit.Articles;
using MediaLit.Evidence;
using MediaLit.Narratives;
using MediaLit.Segmentation;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Benchmarks;

/// <summary>
/// Each stage over the five articles, with allocations. MB/s = <see cref="Bytes"/> ÷ mean time; the
/// raw text's bytes for load + clean and the full pipeline, the clean text's for the others. A stage runs on the
/// corpus's articles, already read and split into sentences (kept by each article), so it times that stage alone;
/// the pipeline rows read every article afresh from its raw text.
/// </summary>
[MemoryDiagnoser]
// The summary shows the median and the fastest and slowest iteration, as docs/performance.md reports them (not only the mean).
[MedianColumn, MinColumn, MaxColumn]
// Seven measured iterations (ShortRun has three): docs/performance.md gives a median and range of at least five rounds.
// Fifteen warm-up iterations, not three: the runtime optimises a method after about 30 calls, and the every-view row
// calls its entry points once per operation, about ten operations per iteration; after three warm-up iterations it
// still ran partly unoptimised code (36-45 ms against 15-20 ms in a probe kept warm, 2026-12-04).
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 7)]
public class PipelineBenchmarks
{
    private Corpus _corpus = null!;
    private (string Id, string Raw)[] _texts = [];
    private SentenceSplitter _splitter = null!;
    private TemporalLexicon _temporal = null!;
    private SourcingLexicon _sourcing = null!;

    public static long Bytes(bool raw) => raw ? PackData.RawBytes : PackData.CleanBytes;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = PackData.Corpus;
        _texts = [.. _corpus.Select(a => (a.Id, a.RawText))];
        _splitter = new SentenceSplitter(_corpus.Rules.Abbreviations);
        _temporal = TimelineAnalysis.LexiconFor(_corpus.DataDirectory);
        _sourcing = SourcingAnalysis.LexiconFor(_corpus.DataDirectory);
        Console.WriteLine($"// raw bytes {Bytes(true)}, clean bytes {Bytes(false)} ({Encoding.UTF8.WebName})");
    }

    [Benchmark(Description = "load + clean (raw bytes)")]
    public int LoadAndClean()
    {
        int n = 0;
        foreach (var (id, raw) in _texts)
            n += _corpus.Read(id, raw).Sentences.Count;
        return n;
    }

    [Benchmark(Description = "sentence splitting (clean bytes)")]
    public int Sentences()
    {
        int n = 0;
        foreach (var article in _corpus)
            foreach (var paragraph in article.Paragraphs)
                foreach (var _ in _splitter.Split(article.Text, paragraph.Span))
                    n++;
        return n;
    }

    [Benchmark(Description = "temporal expressions (clean bytes)")]
    public int TemporalExpressions()
    {
        int n = 0;
        foreach (var article in _corpus)
            n += article.TemporalExpressions(_temporal).Count;
        return n;
    }

    [Benchmark(Description = "attributions (clean bytes)")]
    public int Attributions()
    {
        int n = 0;
        foreach (var article in _corpus)
            n += article.Attributions(_sourcing).Count;
        return n;
    }

    /// <summary>Raw text to every per-article result a lesson shows: the article, its dates and its attributions.</summary>
    [Benchmark(Description = "full article pipeline (raw bytes)")]
    public int FullPipeline() => FullPipeline(keep: null);

    /// <summary>The pipeline's calls; <paramref name="keep"/>, when given, holds every result, for <see cref="KeptResults"/>.</summary>
    internal int FullPipeline(List<object>? keep)
    {
        int n = 0;
        foreach (var (id, raw) in _texts)
        {
            var article = _corpus.Read(id, raw);
            var dates = article.TemporalExpressions(_temporal);
            var attributions = article.Attributions(_sourcing);
            n += dates.Count + attributions.Count;
            keep?.AddRange([article, dates, attributions]);
        }
        return n;
    }

    /// <summary>
    /// Raw text to every view the lessons show of the five articles: the full pipeline above, then each article's
    /// evidence signals and the narratives of the five together (claims, framing, vocabulary, shared passages), as
    /// lessons 1-4 call them. Issue #18 lists these stages in the pipeline; the report compares this row with the same
    /// benchmark built at the commit before #18's work (Report/Targets.cs says how that figure was measured).
    /// </summary>
    [Benchmark(Description = "every lesson view (raw bytes)")]
    public int EveryLessonView() => EveryLessonView(keep: null);

    /// <summary>The every-view calls; <paramref name="keep"/>, when given, holds every result, for <see cref="KeptResults"/>.</summary>
    internal int EveryLessonView(List<object>? keep)
    {
        int n = 0;
        var articles = new List<Article>(_texts.Length);
        foreach (var (id, raw) in _texts)
        {
            var article = _corpus.Read(id, raw);
            // Found once and shared by the views, as the evidence and narratives views share them in a lesson.
            var dates = article.TemporalExpressions(_temporal);
            n += dates.Count + article.AttributionsOnce(_sourcing).Count;
            var evidence = _corpus.Evidence(article);
            n += evidence.Signals.Count;
            articles.Add(article);
            keep?.AddRange([dates, evidence]);
        }
        var narratives = _corpus.Narratives(articles);
        keep?.AddRange([articles, narratives]);
        return n + narratives.Claims.Cells.Count;
    }
}
