using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MediaLit.Articles;
using MediaLit.Benchmarks.Scale;
using MediaLit.Reuse;

namespace MediaLit.Benchmarks;

/// <summary>
/// Text-reuse detection over generated feeds (<see cref="ScaleCorpus"/>). 100k articles take minutes
/// per BenchmarkDotNet run, so that size is measured once by the scale command (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
// The summary shows the median and the fastest and slowest iteration, as docs/performance.md reports them (not only the mean).
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReuseBenchmarks
{
    private IReadOnlyList<Article> _feed = [];
    private TextReuseOptions _options = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = PackData.Corpus;
        _feed = PackData.ReadFeed(ScaleCorpus.Generate(corpus, new ScaleCorpusOptions { Articles = Articles }).Texts, corpus);
        _options = new TextReuseOptions { BackReferenceCues = BackReferenceLexicon.Load(corpus.DataDirectory) };
    }

    [Benchmark(Description = "text reuse over a generated feed")]
    public int Find() => TextReuse.Find(_feed, _options).Passages.Count;
}
