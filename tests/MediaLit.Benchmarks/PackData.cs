using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Benchmarks;

/// <summary>The pack's data folder and five articles, loaded once per process for every benchmark.</summary>
internal static class PackData
{
    private static readonly Lazy<Corpus> LazyCorpus = new(() => Corpus.Load(DataFolder.Find(AppContext.BaseDirectory)));

    public static Corpus Corpus => LazyCorpus.Value;

    /// <summary>The repository root: the folder that holds data/.</summary>
    public static string Root => Path.GetDirectoryName(Corpus.DataDirectory)!;

    /// <summary>UTF-8 bytes of the five clean texts, the unit every MB/s figure here is counted in.</summary>
    public static long CleanBytes => Corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));

    public static long RawBytes => Corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.RawText));

    /// <summary>The raw texts' size as .NET strings hold them (two bytes a character): what reading them takes at least.</summary>
    public static long RawStringBytes => Corpus.Sum(a => 2L * a.RawText.Length);

    public static IReadOnlyList<Article> ReadFeed(IReadOnlyList<string> texts, Corpus corpus)
    {
        var articles = new Article[texts.Count];
        Parallel.For(0, texts.Count, i => articles[i] = corpus.Read($"s{i:D6}", texts[i]));
        return articles;
    }
}
