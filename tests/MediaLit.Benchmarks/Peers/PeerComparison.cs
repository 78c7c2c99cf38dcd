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
/// with the range printed beside it. Both sides warm up the same way before they are timed and time rounds of the
/// same length (see <see cref="Timing"/>). What each found on the five articles is scored here, with one scorer, against labels/.
/// </summary>
internal static class PeerComparison
{
    private sealed record Row(string Tool, string Task, Rate PerArticle, Rate Whole, Score Score);

    /// <summary>
    /// How long each side runs before and while it is timed, the same for ours and the peers'. A probe of our
    /// per-article dates (2026-12-03, load 4-8) showed why both matter: from a cold start the JIT was still
    /// compiling methods (tier 0, then tier 1 with profile data) for about 2 s of calls, and our rounds rose from
    /// 8 to 45 MB/s over that time; once warm, a round of 1 MB lasted 15-25 ms, so one time slice lost to another
    /// process on the shared 2 cores (up to 20 ms) halved a round. chrono-node's first 1 MB in a fresh node
    /// process ran at a third of its later rate too. So each side calls per article for at least the warm-up
    /// (ours until no method was compiled for half a second as well, and each node process then warms each peer
    /// for as long as ours took), and a round lasts until both the target size and the round time are reached.
    /// </summary>
    private sealed record Timing(double Megabytes, double WarmUpSeconds, double RoundSeconds)
    {
        public long TargetBytes => (long)(Megabytes * 1e6);

        public bool RoundDone(long bytes, Stopwatch clock) => bytes >= TargetBytes && clock.Elapsed.TotalSeconds >= RoundSeconds;
    }

    public static int Run(string[] args)
    {
        double mb = ScaleCommand.Values(args, "--mb").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(1.0).Last();
        int rounds = Math.Max(5, ScaleCommand.Values(args, "--rounds").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(5).Last());
        double warmUp = ScaleCommand.Values(args, "--warmup").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(3.0).Last();
        double roundSeconds = ScaleCommand.Values(args, "--round-seconds").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(1.0).Last();
        var timing = new Timing(mb, warmUp, roundSeconds);
        // "--only dates": chrono-node against our dates alone (the sentence peers take most of a node process's time).
        bool sentences = !ScaleCommand.Values(args, "--only").Contains("dates");
        var corpus = PackData.Corpus;
        var labels = Labels.Load(corpus);
        string peersFolder = Path.Combine(PackData.Root, "tests", "MediaLit.Benchmarks", "peers");
        if (!EnsurePackages(peersFolder))
            return 1;

        // The first call in this process builds the finder (patterns, word lists): what a notebook cell pays once.
        var firstArticle = corpus[0];
        _ = firstArticle.Sentences;
        var firstCall = Time(() => firstArticle.TemporalExpressions(TimelineAnalysis.LexiconFor(corpus.DataDirectory)));
        var dateRunner = DateRunner(corpus, timing);
        var sentenceRunner = SentenceRunner(corpus, timing);
        // Warmed once: this process stays warm between rounds, where each node process starts cold and warms again.
        var datesWarm = dateRunner.WarmUp();
        var sentencesWarm = sentences ? sentenceRunner.WarmUp() : TimeSpan.Zero;
        double peerWarmUp = Math.Max(warmUp, Math.Max(datesWarm.TotalSeconds, sentencesWarm.TotalSeconds));
        string input = Path.Combine(Path.GetTempPath(), $"medialit-peers-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { mb, warmupSeconds = peerWarmUp, roundSeconds, only = sentences ? null : "dates", articles = corpus.Select(a => new { id = a.Id, text = a.Text }) }));
        // Interleaved: each round runs the peers' process, then each of ours once.
        var peerRuns = new List<JsonDocument?>();
        var ourDates = new List<(double PerArticle, double Whole)>();
        var ourSentences = new List<(double PerArticle, double Whole)>();
        // Methods the JIT compiled while our rounds ran (not while this process started node or read its output):
        // near 0 when the warm-up left our code at its final tier.
        long compiledDuring = 0;
        for (int round = 0; round < rounds; round++)
        {
            peerRuns.Add(RunNode(peersFolder, "run-peers.mjs", input));
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            ourDates.Add(dateRunner.Round());
            if (sentences)
                ourSentences.Add(sentenceRunner.Round());
            compiledDuring += System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;
        }
        File.Delete(input);
        if (peerRuns.Any(r => r is null))
            return 1;

        var rows = new List<Row>();
        rows.AddRange(OurDates(corpus, labels, ourDates));
        if (sentences)
            rows.Add(OurSentences(corpus, labels, ourSentences));
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

        Print(rows, peerRuns[0]!.RootElement.GetProperty("node").GetString()!, timing, rounds);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Warm-up before the timed rounds: ours {datesWarm.TotalSeconds:F1} s for dates and {sentencesWarm.TotalSeconds:F1} s for sentences (0: not run), once in this process; each peer {peerWarmUp:F1} s in every node process. Methods our process compiled during its timed rounds: {compiledDuring}."));
        Console.WriteLine();
        Console.WriteLine($"MediaLit dates, first call in this process (word lists read, finder built, article {firstArticle.Id}): {firstCall.TotalMilliseconds:F0} ms.");
        // Text reuse against MinHash LSH, left out with "--only dates" as the sentence peers are.
        if (sentences && !ReusePeer.Run(rounds, (script, file) => RunNode(peersFolder, script, file)))
            return 1;
        return 0;
    }

    /// <summary>One of our tools on the five articles: a warm-up, then rounds of MB/s (per article, and whole).</summary>
    private sealed class Runner(Corpus corpus, Timing timing, Action<Article> perArticle, Action whole, long wholeBytes)
    {
        private readonly Article[] _articles = [.. corpus];
        private readonly long[] _sizes = [.. corpus.Select(a => (long)Encoding.UTF8.GetByteCount(a.Text))];

        /// <summary>Calls per article for the warm-up time and until no method was compiled for half a second (at most four times the warm-up).</summary>
        public TimeSpan WarmUp()
        {
            var clock = Stopwatch.StartNew();
            long compiled = -1;
            var lastCompile = TimeSpan.Zero;
            while (clock.Elapsed.TotalSeconds < timing.WarmUpSeconds || (clock.Elapsed - lastCompile).TotalSeconds < 0.5)
            {
                foreach (var a in _articles)
                    perArticle(a);
                if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
                    (compiled, lastCompile) = (now, clock.Elapsed);
                if (clock.Elapsed.TotalSeconds > 4 * timing.WarmUpSeconds)
                    break;
            }
            return clock.Elapsed;
        }

        public (double PerArticle, double Whole) Round()
        {
            // Calls per article until the texts add up to the target size and the round time has passed, as the peers' script does.
            // The sizes are counted before the clock starts, as the peers' script does.
            long bytes = 0;
            var clock = Stopwatch.StartNew();
            while (!timing.RoundDone(bytes, clock))
                for (int i = 0; i < _articles.Length; i++)
                {
                    perArticle(_articles[i]);
                    bytes += _sizes[i];
                }
            double perArticleRate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
            // Calls on the whole text until the round time has passed (one call when one takes longer).
            long wholeCount = 0;
            clock.Restart();
            do
            {
                whole();
                wholeCount++;
            }
            while (clock.Elapsed.TotalSeconds < timing.RoundSeconds);
            return (perArticleRate, wholeCount * wholeBytes / 1e6 / clock.Elapsed.TotalSeconds);
        }
    }

    private static Runner DateRunner(Corpus corpus, Timing timing)
    {
        var lexicon = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var whole = WholeArticle(corpus, timing.Megabytes);
        _ = whole.Sentences;
        return new Runner(corpus, timing, a => a.TemporalExpressions(lexicon), () => whole.TemporalExpressions(lexicon), Encoding.UTF8.GetByteCount(whole.Text));
    }

    private static Runner SentenceRunner(Corpus corpus, Timing timing)
    {
        var splitter = new SentenceSplitter(corpus.Rules.Abbreviations);
        string whole = WholeText(corpus, timing.Megabytes);
        var lines = Lines(whole).ToList();
        return new Runner(corpus, timing, a =>
        {
            foreach (var p in a.Paragraphs)
                foreach (var _ in splitter.Split(a.Text, p.Span)) { }
        }, () => { foreach (var line in lines) foreach (var _ in splitter.Split(whole, line)) { } }, Encoding.UTF8.GetByteCount(whole));
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static IEnumerable<Row> OurDates(Corpus corpus, Labels labels, List<(double PerArticle, double Whole)> rates)
    {
        var lexicon = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var perArticle = Rate.Of(rates.Select(r => r.PerArticle));
        var whole = Rate.Of(rates.Select(r => r.Whole));
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

    private static Row OurSentences(Corpus corpus, Labels labels, List<(double PerArticle, double Whole)> rates)
    {
        var score = new Score();
        foreach (var article in corpus)
            score += Score.Exact(Labels.InsideParagraphs(article.Text, article.Sentences.Select(s => s.Span.Start)), labels.Boundaries[article.Id]);
        return new Row("MediaLit: SentenceSplitter", "sentences",
            Rate.Of(rates.Select(r => r.PerArticle)), Rate.Of(rates.Select(r => r.Whole)), score);
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
        if (Directory.Exists(Path.Combine(folder, "node_modules", "chrono-node")) && Directory.Exists(Path.Combine(folder, "node_modules", "minhash")))
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

    private static JsonDocument? RunNode(string folder, string script, string input)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", [script, input])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
            })!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0)
                return JsonDocument.Parse(output);
            Console.Error.WriteLine($"node {script} failed with exit code {process.ExitCode}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"Could not start node: {e.Message}. Install Node.js 20 or later.");
        }
        return null;
    }

    private static string Show(Rate rate) => string.Create(CultureInfo.InvariantCulture, $"{rate.Median:F2} [{rate.Low:F2}–{rate.High:F2}]");

    private static void Print(List<Row> rows, string node, Timing timing, int rounds)
    {
        Console.WriteLine($"Peers side by side on the five clean texts (.NET {Environment.Version}, Node {node}, {Environment.ProcessorCount} cores).");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Throughput in MB/s of UTF-8 text, median of {rounds} interleaved rounds [slowest-fastest round]: per article = one call per article until {timing.Megabytes} MB and {timing.RoundSeconds} s; whole = calls on {timing.Megabytes} MB until {timing.RoundSeconds} s (one when one takes longer)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Both sides warmed up first: calls per article for at least {timing.WarmUpSeconds} s (ours until its JIT settles too; each peer as long as ours took, in each node process; times below)."));
        // Said, not hidden: an article of the corpus holds its sentences once split, so our date calls do not split them
        // again, where a peer's call reads the plain text from its start.
        Console.WriteLine("Our date calls read articles whose sentences are already split (an article keeps them); the peers read the plain text.");
        Console.WriteLine("Ratio: our median over the peer's median, and in brackets our slowest over its fastest round to our fastest over its slowest.");
        Console.WriteLine("Found: dates count when they overlap a labelled expression; sentence boundaries must be at the same character.");
        foreach (string task in new[] { "dates", "sentences" })
        {
            if (!rows.Any(r => r.Task == task))
                continue;
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
