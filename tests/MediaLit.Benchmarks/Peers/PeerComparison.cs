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
/// the texts repeated to the target size) and the better of each tool's rounds is kept, since the machine
/// is shared. What each found on the five articles is scored here, with one scorer, against labels/.
/// </summary>
internal static class PeerComparison
{
    private sealed record Row(string Tool, string Task, double PerArticleMbps, double WholeMbps, Score Score);

    public static int Run(string[] args)
    {
        double mb = ScaleCommand.Values(args, "--mb").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(1.0).Last();
        int rounds = ScaleCommand.Values(args, "--rounds").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(3).Last();
        var corpus = PackData.Corpus;
        var labels = Labels.Load(corpus);
        string peersFolder = Path.Combine(PackData.Root, "tests", "MediaLit.Benchmarks", "peers");
        if (!EnsurePackages(peersFolder))
            return 1;

        string input = Path.Combine(Path.GetTempPath(), $"medialit-peers-{Environment.ProcessId}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { mb, articles = corpus.Select(a => new { id = a.Id, text = a.Text }) }));
        var peerRuns = Enumerable.Range(0, rounds).Select(_ => RunNode(peersFolder, input)).ToList();
        File.Delete(input);
        if (peerRuns.Any(r => r is null))
            return 1;

        var rows = new List<Row>();
        rows.AddRange(OurDates(corpus, labels, mb, rounds));
        rows.Add(OurSentences(corpus, labels, mb, rounds));
        foreach (var peer in peerRuns[0]!.RootElement.GetProperty("peers").EnumerateArray())
        {
            string name = peer.GetProperty("name").GetString()!;
            var sameTool = peerRuns.Select(r => r!.RootElement.GetProperty("peers").EnumerateArray().First(p => p.GetProperty("name").GetString() == name)).ToList();
            double perArticle = sameTool.Max(p => p.GetProperty("mbps").GetDouble());
            double whole = sameTool.Max(p => p.GetProperty("wholeMbps").GetDouble());
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
        return 0;
    }

    private static IEnumerable<Row> OurDates(Corpus corpus, Labels labels, double mb, int rounds)
    {
        var lexicon = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
        var perArticle = Fastest(() => { foreach (var a in corpus) a.TemporalExpressions(lexicon); }, rounds);
        var whole = WholeArticle(corpus, mb);
        var wholeTime = Fastest(() => whole.TemporalExpressions(lexicon), rounds);
        double perArticleMbps = Measure.MegabytesPerSecond(PackData.CleanBytes, perArticle);
        double wholeMbps = Measure.MegabytesPerSecond(Encoding.UTF8.GetByteCount(whole.Text), wholeTime);
        Score all = new(), dates = new();
        foreach (var article in corpus)
        {
            var found = article.TemporalExpressions(lexicon);
            all += Score.Overlapping(found.Select(e => (e.Span.Start, e.Span.End)).ToList(), labels.Dates[article.Id]);
            // Durations ("for 20 years") are labelled as such by the finder and place nothing on a calendar.
            dates += Score.Overlapping(found.Where(e => e.Form != TemporalForm.Duration).Select(e => (e.Span.Start, e.Span.End)).ToList(), labels.Dates[article.Id]);
        }
        yield return new Row("MediaLit: dates (durations left out)", "dates", perArticleMbps, wholeMbps, dates);
        yield return new Row("MediaLit: every temporal expression", "dates", perArticleMbps, wholeMbps, all);
    }

    private static Row OurSentences(Corpus corpus, Labels labels, double mb, int rounds)
    {
        var splitter = new SentenceSplitter(corpus.Rules.Abbreviations);
        var perArticle = Fastest(() =>
        {
            foreach (var a in corpus)
                foreach (var p in a.Paragraphs)
                    foreach (var _ in splitter.Split(a.Text, p.Span)) { }
        }, rounds);
        string whole = WholeText(corpus, mb);
        var lines = Lines(whole).ToList();
        var wholeTime = Fastest(() => { foreach (var line in lines) foreach (var _ in splitter.Split(whole, line)) { } }, rounds);
        var score = new Score();
        foreach (var article in corpus)
            score += Score.Exact(Labels.InsideParagraphs(article.Text, article.Sentences.Select(s => s.Span.Start)), labels.Boundaries[article.Id]);
        return new Row("MediaLit: SentenceSplitter", "sentences", Measure.MegabytesPerSecond(PackData.CleanBytes, perArticle),
            Measure.MegabytesPerSecond(Encoding.UTF8.GetByteCount(whole), wholeTime), score);
    }

    private static TimeSpan Fastest(Action action, int rounds)
    {
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < rounds; i++)
        {
            var time = Measure.Median(action, minSeconds: 0.3, minRounds: 3);
            if (time < best)
                best = time;
        }
        return best;
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

    private static void Print(List<Row> rows, string node, double mb, int rounds)
    {
        Console.WriteLine($"Peers side by side on the five clean texts (.NET {Environment.Version}, Node {node}, {Environment.ProcessorCount} cores).");
        Console.WriteLine($"Throughput in MB/s of UTF-8 text, best of {rounds} rounds: per article = one call per article until {mb} MB; whole = one call on {mb} MB.");
        Console.WriteLine("Found: dates count when they overlap a labelled expression; sentence boundaries must be at the same character.");
        foreach (string task in new[] { "dates", "sentences" })
        {
            var ours = rows.First(r => r.Task == task);
            Console.WriteLine();
            Console.WriteLine($"{(task == "dates" ? "Date expressions" : "Sentence boundaries inside paragraphs"),-40} {"per article",12} {"whole",9} {"ours ÷ it",14} {"precision",10} {"recall",7} {"F1",6}  found/labelled");
            foreach (var row in rows.Where(r => r.Task == task))
            {
                string ratio = row.Tool.StartsWith("MediaLit", StringComparison.Ordinal) ? "" : $"{ours.PerArticleMbps / row.PerArticleMbps,6:F1}× /{ours.WholeMbps / row.WholeMbps,5:F1}×";
                Console.WriteLine($"{row.Tool,-40} {row.PerArticleMbps,12:F2} {row.WholeMbps,9:F2} {ratio,14} {row.Score.Precision,10:F3} {row.Score.Recall,7:F3} {row.Score.F1,6:F3}  {row.Score.CorrectFound}/{row.Score.Found} right, {row.Score.LabelledFound}/{row.Score.Labelled} found");
            }
        }
    }
}
