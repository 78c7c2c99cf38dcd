using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MediaLit.Articles;
using MediaLit.Benchmarks.Peers;
using MediaLit.Segmentation;
using MediaLit.Timelines;

namespace MediaLit.Benchmarks;

/// <summary>
/// The peers command: MediaLit and the JavaScript libraries a data journalist would reach for, on the
/// same clean texts. Throughput is measured two ways (one call per article, as MediaLit works; one call on
/// the texts repeated to the target size). Rounds are interleaved (a peer process, then ours, then the next
/// round), so a busy moment on the shared machine falls on both; each figure is the median of the rounds,
/// with the range printed beside it. What each found on the five articles is scored here, with one scorer, against labels/.
/// </summary>
internal static class PeerComparison
{
    private sealed record Row(string Tool, string Task, Rate PerArticle, Rate Whole, Score Score);

    /// <summary>The median of the rounds' MB/s, with the slowest and fastest round.</summary>
    private sealed record Rate(double Median, double Low, double High)
    {
        public static Rate Of(IEnumerable<double> rounds)
        {
            var sorted = rounds.Order().ToList();
            int n = sorted.Count;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Rate(median, sorted[0], sorted[^1]);
        }
    }

    public static int Run(string[] args)
    {
        double mb = ScaleCommand.Values(args, "--mb").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(1.0).Last();
        int rounds = Math.Max(5, ScaleCommand.Values(args, "--rounds").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(5).Last());
        var corpus = PackData.Corpus;
        var labels = Labels.Load(corpus);
        string peersFolder = Path.Combine(PackData.Root, "tests", "MediaLit.Benchmarks", "peers");
        if (!EnsurePackages(peersFolder))
            return 1;

        string input = Path.Combine(Path.GetTempPath(), $"medialit-peers-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { mb, articles = corpus.Select(a => new { id = a.Id, text = a.Text }) }));
        // The first call in this process builds the finder (patterns, word lists): what a notebook cell pays once.
        var firstArticle = corpus[0];
        _ = firstArticle.Sentences;
        var firstCall = Time(() => firstArticle.TemporalExpressions(TimelineAnalysis.LexiconFor(corpus.DataDirectory)));
        // Interleaved: each round runs the peers' process, then each of ours once.
        var peerRuns = new List<JsonDocument?>();
        var ourDates = new List<(TimeSpan PerArticle, TimeSpan Whole)>();
        var ourSentences = new List<(TimeSpan PerArticle, TimeSpan Whole)>();
        var dateRunner = DateRunner(corpus, mb);
        var sentenceRunner = SentenceRunner(corpus, mb);
        _ = (dateRunner(), sentenceRunner()); // warm up: the peers' figures also come from a loop already running
        for (int round = 0; round < rounds; round++)
        {
            peerRuns.Add(RunNode(peersFolder, input));
            ourDates.Add(dateRunner());
            ourSentences.Add(sentenceRunner());
        }
        File.Delete(input);
        if (peerRuns.Any(r => r is null))
            return 1;

        var rows = new List<Row>();
        rows.AddRange(OurDates(corpus, labels, mb, ourDates));
        rows.Add(OurSentences(corpus, labels, mb, ourSentences));
        foreach (var peer in peerRuns[0]!.RootElement.GetProperty("peers").EnumerateArray())
        {
            string name = peer.GetProperty("name").GetString()!;
            var sameTool = peerRuns.Select(r => r!.RootElement.GetProperty("peers").EnumerateArray().First(p => p.GetProperty("name").GetString() == name)).ToList();
            var perArticle = Rate.Of(sameTool.Select(p => p.GetProperty("mbps").GetDouble()));
            var whole = Rate.Of(sameTool.Select(p => p.GetProperty("wholeMbps").GetDouble()));
            string task = peer.GetProperty("task").GetString()!;
            var score = new Score();
            foreach (var article in corpus)
                score += task == "dates"
                    ? Score.Overlapping(peer.GetProperty("found").GetProperty(article.Id).EnumerateArray()
                        .Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList(), labels.Dates[article.Id])
                    : Score.Exact(Labels.InsideParagraphs(article.Text, peer.GetProperty("boundaries").GetProperty(article.Id).EnumerateArray().Select(e => e.GetInt32())),
                        labels.Boundaries[article.Id]);
            rows.Add(new Row($"{name} {peer.GetProperty("version").GetString()}", task, perArticle, whole, score));
        }

        Print(rows, peerRuns[0]!.RootElement.GetProperty("node").GetString()!, mb, rounds);
        Console.WriteLine();
        Console.WriteLine($"MediaLit dates, first call in this process (word lists read, finder built, article {firstArticle.Id}): {firstCall.TotalMilliseconds:F0} ms.");
        return 0;
    }

    // One round of our dates: per article until the target size, then one call on the whole text.
    private static Func<(TimeSpan, TimeSpan)> DateRunner(Corpus corpus, double mb)
    {
        var lexicon = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var whole = WholeArticle(corpus, mb);
        _ = whole.Sentences;
        return () => (PerArticleUntil(corpus, mb, a => a.TemporalExpressions(lexicon)), Time(() => whole.TemporalExpressions(lexicon)));
    }

    private static Func<(TimeSpan, TimeSpan)> SentenceRunner(Corpus corpus, double mb)
    {
        var splitter = new SentenceSplitter(corpus.Rules.Abbreviations);
        string whole = WholeText(corpus, mb);
        var lines = Lines(whole).ToList();
        return () => (PerArticleUntil(corpus, mb, a =>
        {
            foreach (var p in a.Paragraphs)
                foreach (var _ in splitter.Split(a.Text, p.Span)) { }
        }), Time(() => { foreach (var line in lines) foreach (var _ in splitter.Split(whole, line)) { } }));
    }

    // Calls per article until the texts add up to the target size, as the peers' script does; the time is scaled to exactly the clean bytes once.
    private static TimeSpan PerArticleUntil(Corpus corpus, double mb, Action<Article> run)
    {
        long target = (long)(mb * 1e6), bytes = 0;
        var clock = Stopwatch.StartNew();
        while (bytes < target)
            foreach (var a in corpus)
            {
                run(a);
                bytes += Encoding.UTF8.GetByteCount(a.Text);
            }
        return clock.Elapsed * ((double)PackData.CleanBytes / bytes);
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static IEnumerable<Row> OurDates(Corpus corpus, Labels labels, double mb, List<(TimeSpan PerArticle, TimeSpan Whole)> times)
    {
        var lexicon = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var perArticle = Rate.Of(times.Select(t => Measure.MegabytesPerSecond(PackData.CleanBytes, t.PerArticle)));
        var whole = Rate.Of(times.Select(t => Measure.MegabytesPerSecond(Encoding.UTF8.GetByteCount(WholeText(corpus, mb)), t.Whole)));
        Score all = new(), dates = new();
        foreach (var article in corpus)
        {
            var found = article.TemporalExpressions(lexicon);
            all += Score.Overlapping(found.Select(e => (e.Span.Start, e.Span.End)).ToList(), labels.Dates[article.Id]);
            // Durations ("for 20 years") are labelled as such by the finder and place nothing on a calendar.
            dates += Score.Overlapping(found.Where(e => e.Form != TemporalForm.Duration).Select(e => (e.Span.Start, e.Span.End)).ToList(), labels.Dates[article.Id]);
        }
        yield return new Row("MediaLit: dates (durations left out)", "dates", perArticle, whole, dates);
        yield return new Row("MediaLit: every temporal expression", "dates", perArticle, whole, all);
    }

    private static Row OurSentences(Corpus corpus, Labels labels, double mb, List<(TimeSpan PerArticle, TimeSpan Whole)> times)
    {
        var score = new Score();
        foreach (var article in corpus)
            score += Score.Exact(Labels.InsideParagraphs(article.Text, article.Sentences.Select(s => s.Span.Start)), labels.Boundaries[article.Id]);
        return new Row("MediaLit: SentenceSplitter", "sentences",
            Rate.Of(times.Select(t => Measure.MegabytesPerSecond(PackData.CleanBytes, t.PerArticle))),
            Rate.Of(times.Select(t => Measure.MegabytesPerSecond(Encoding.UTF8.GetByteCount(WholeText(corpus, mb)), t.Whole))), score);
    }

    // The same text the peers get in one call: the five clean texts, one paragraph a line, repeated.
    private static string WholeText(Corpus corpus, double mb)
    {
        string joined = string.Join('\n', corpus.Select(a => a.Text));
        int times = Math.Max(1, (int)Math.Ceiling(mb * 1e6 / Encoding.UTF8.GetByteCount(joined)));
        return string.Concat(Enumerable.Repeat(joined, times));
    }

    private static Article WholeArticle(Corpus corpus, double mb) => corpus.Read("whole", WholeText(corpus, mb));

    private static IEnumerable<TextSpan> Lines(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                    yield return new TextSpan(start, i);
                start = i + 1;
            }
    }

    private static bool EnsurePackages(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules", "chrono-node")))
            return true;
        Console.WriteLine($"Installing the peer packages in {folder} (npm ci) ...");
        if (Shell(folder, "npm", "ci --no-audit --no-fund") == 0 || Shell(folder, "npm", "install --no-audit --no-fund") == 0)
            return true;
        Console.Error.WriteLine("npm could not install the peer packages: is Node.js (20 or later) on the PATH and the npm registry reachable?");
        return false;
    }

    private static int Shell(string folder, string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"Could not start {file}: {e.Message}");
            return -1;
        }
    }

    private static JsonDocument? RunNode(string folder, string input)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", ["run-peers.mjs", input])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
            })!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0)
                return JsonDocument.Parse(output);
            Console.Error.WriteLine($"node run-peers.mjs failed with exit code {process.ExitCode}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"Could not start node: {e.Message}. Install Node.js 20 or later.");
        }
        return null;
    }

    private static string Show(Rate rate) => string.Create(CultureInfo.InvariantCulture, $"{rate.Median:F2} [{rate.Low:F2}–{rate.High:F2}]");

    private static void Print(List<Row> rows, string node, double mb, int rounds)
    {
        Console.WriteLine($"Peers side by side on the five clean texts (.NET {Environment.Version}, Node {node}, {Environment.ProcessorCount} cores).");
        Console.WriteLine($"Throughput in MB/s of UTF-8 text, median of {rounds} interleaved rounds [slowest-fastest round]: per article = one call per article until {mb} MB; whole = one call on {mb} MB.");
        Console.WriteLine("Ratio: our median over the peer's median, and in brackets our slowest over its fastest round to our fastest over its slowest.");
        Console.WriteLine("Found: dates count when they overlap a labelled expression; sentence boundaries must be at the same character.");
        foreach (string task in new[] { "dates", "sentences" })
        {
            var ours = rows.First(r => r.Task == task);
            Console.WriteLine();
            Console.WriteLine($"{(task == "dates" ? "Date expressions" : "Sentence boundaries inside paragraphs"),-40} {"per article",22} {"whole",22} {"ours ÷ it per article",26} {"whole",8} {"precision",10} {"recall",7} {"F1",6}  found/labelled");
            foreach (var row in rows.Where(r => r.Task == task))
            {
                string ratio = row.Tool.StartsWith("MediaLit", StringComparison.Ordinal) ? ""
                    : $"{ours.PerArticle.Median / row.PerArticle.Median,6:F1}× [{ours.PerArticle.Low / row.PerArticle.High:F1}–{ours.PerArticle.High / row.PerArticle.Low:F1}]";
                string wholeRatio = row.Tool.StartsWith("MediaLit", StringComparison.Ordinal) ? "" : $"{ours.Whole.Median / row.Whole.Median,6:F1}×";
                Console.WriteLine($"{row.Tool,-40} {Show(row.PerArticle),22} {Show(row.Whole),22} {ratio,26} {wholeRatio,8} {row.Score.Precision,10:F3} {row.Score.Recall,7:F3} {row.Score.F1,6:F3}  {row.Score.CorrectFound}/{row.Score.Found} right, {row.Score.LabelledFound}/{row.Score.Labelled} found");
            }
        }
    }
}
