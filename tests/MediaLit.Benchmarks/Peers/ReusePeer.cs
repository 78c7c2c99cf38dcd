using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MediaLit.Articles;
using MediaLit.Benchmarks.Scale;
using MediaLit.Reuse;

namespace MediaLit.Benchmarks.Peers;

/// <summary>
/// Our text reuse against MinHash LSH (npm minhash, the library issue #18 compared it with) on a generated feed with
/// planted copies (<see cref="ScaleCorpus"/>): interleaved rounds, each peer round in a fresh node process after one
/// untimed pass there, ours in this process after warm-up calls. Ours finds the passages (candidate pairs and the
/// alignment of each); MinHash LSH only puts pairs forward as candidates, so it does less of the work, and its pairs are
/// scored as if each were a find. Recall and precision count pairs of articles against the planted truth.
/// </summary>
internal static class ReusePeer
{
    /// <summary>The generated feed's size.</summary>
    internal const int Articles = 1_000;
    private const int Permutations = 128;
    private const int BandSize = 4;

    public static bool Run(int rounds, Func<string, string, JsonDocument?> runNode)
    {
        var corpus = PackData.Corpus;
        var feed = ScaleCorpus.Generate(corpus, new ScaleCorpusOptions { Articles = Articles });
        var articles = feed.Texts.Select((text, i) => corpus.Read($"s{i:D6}", text)).ToArray();
        var options = new TextReuseOptions { BackReferenceCues = BackReferenceLexicon.Load(corpus.DataDirectory) };
        double megabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        string input = Path.Combine(Path.GetTempPath(), $"medialit-reuse-peer-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new
        {
            shingle = options.ShingleSize,
            permutations = Permutations,
            bandSize = BandSize,
            texts = articles.Select(a => a.Text),
        }));

        // Ours warms up with 3 s of calls in this process; each node process makes one untimed pass before its timed one.
        var warm = Stopwatch.StartNew();
        ReuseReport report = TextReuse.Find(articles, options);
        while (warm.Elapsed.TotalSeconds < 3)
            report = TextReuse.Find(articles, options);
        var ours = new List<double>();
        var theirs = new List<double>();
        JsonDocument? last = null;
        for (int round = 0; round < rounds; round++)
        {
            last = runNode("run-reuse-peer.mjs", input);
            if (last is null)
                return false;
            theirs.Add(last.RootElement.GetProperty("seconds").GetDouble());
            var clock = Stopwatch.StartNew();
            report = TextReuse.Find(articles, options);
            ours.Add(clock.Elapsed.TotalSeconds);
        }
        File.Delete(input);

        var score = ReuseScore.Of(report, articles, feed);
        var pairs = last!.RootElement.GetProperty("pairs").EnumerateArray().Select(p => (p[0].GetInt32(), p[1].GetInt32())).ToHashSet();
        int truePairs = pairs.Count(feed.RelatedPairs.Contains);
        double peerRecall = feed.RelatedPairs.Count == 0 ? 1 : (double)truePairs / feed.RelatedPairs.Count;
        double peerPrecision = pairs.Count == 0 ? 1 : (double)truePairs / pairs.Count;
        // Throughput ratio = their time over ours: the median of each, and the slowest of ours against their fastest.
        Rate ourTime = Rate.Of(ours), theirTime = Rate.Of(theirs);
        double median = theirTime.Median / ourTime.Median, low = theirTime.Low / ourTime.High, high = theirTime.High / ourTime.Low;

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Text reuse on a generated feed of {Articles:N0} articles ({megabytes:F1} MB of clean text, {feed.Copies.Count:N0} planted copies, seed {feed.Options.Seed}), {options.ShingleSize}-word shingles, median of {rounds} interleaved rounds [fastest-slowest]:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MediaLit TextReuse.Find (candidate pairs and passages)  {ourTime.Median:F3} s [{ourTime.Low:F3}–{ourTime.High:F3}]; pairs: recall {score.PairRecall:P1}, precision {score.PairPrecision:P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"minhash {last.RootElement.GetProperty("version").GetString()} (LSH, {Permutations} permutations, bands of {BandSize}; candidate pairs only)  {theirTime.Median:F3} s [{theirTime.Low:F3}–{theirTime.High:F3}]; ours ÷ it: {median:F1}× [{low:F1}–{high:F1}]; pairs: recall {peerRecall:P1}, precision {peerPrecision:P1} ({truePairs}/{pairs.Count})"));
        return true;
    }
}
