using System.Diagnostics;
using System.Text;
using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// What a student might load by mistake, each with a stated bound: it loads within the time and allocation
/// limits below, or it is refused with a message naming the file and the limit. Small inputs are kept in
/// Data/Hostile/ (see its README); big ones (50 MB, a 5 MB line, 10,000-deep HTML) are generated here so the
/// repository stays small.
/// <para>
/// The time bounds are at least ten times what this machine measures (printed in each test's output), because
/// tests run in parallel on busy 2-core CI machines; they catch runaway work, not slowness, which the benchmarks
/// measure. Texts built to make patterns backtrack are tested by growth instead: twice the text, well under
/// four times the time.
/// </para>
/// </summary>
public sealed class HostileInputTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>, IDisposable
{
    private readonly Corpus _corpus = fixture.Corpus;
    private readonly string _folder = Directory.CreateTempSubdirectory("medialit-hostile-").FullName;

    private static string Kept(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Hostile", name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Runs <paramref name="load"/>, checks it stayed within the bounds and reports what it took.</summary>
    private T Within<T>(string what, TimeSpan time, long allocatedBytes, Func<T> load)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        T result = load();
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:0} ms, {allocated / 1024.0 / 1024.0:0.0} MB allocated (bounds {time.TotalSeconds:0} s, {allocatedBytes / 1024 / 1024} MB)");
        Assert.True(clock.Elapsed < time, $"{what} took {clock.Elapsed}, over the bound of {time}");
        Assert.True(allocated < allocatedBytes, $"{what} allocated {allocated / 1024 / 1024} MB, over the bound of {allocatedBytes / 1024 / 1024} MB");
        return result;
    }

    private static void NamesFileAndFix(CorpusException error, CorpusProblem problem, string path)
    {
        Assert.Equal(problem, error.Problem);
        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: ", error.Message, StringComparison.Ordinal);
    }

    private const long MB = 1024 * 1024;

    // Bound: refused before it is read, in under a second, naming the file and the 10 MB limit.
    [Fact]
    public void A_50_MB_text_file_is_refused_at_once_naming_the_file_and_the_limit()
    {
        string path = Path.Combine(_folder, "dump.txt");
        using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("Russia met the Taliban in Moscow on July 8, 2021, officials said.\n");
            while (file.Length < 50 * MB)
                file.Write(line);
        }
        var error = Within("50 MB file", TimeSpan.FromSeconds(1), 1 * MB,
            () => Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(path, _corpus.Rules)));
        NamesFileAndFix(error, CorpusProblem.TooLarge, path);
        Assert.Contains("50.0 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("the limit is 10 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_article_in_the_data_folder_is_refused_at_once_naming_the_file_and_the_limit()
    {
        using var folder = new TempDataFolder();
        string path = Path.Combine(folder.Root, "articles", "dump.txt");
        using (var file = File.Create(path))
            file.SetLength(50 * MB); // sparse: the loader must refuse it by its size, before reading a byte
        folder.WriteMinimalManifest(("000", "articles/dump.txt"));
        var error = Within("50 MB corpus file", TimeSpan.FromSeconds(2), 20 * MB,
            () => Assert.Throws<CorpusException>(() => Corpus.Load(folder.Root)));
        NamesFileAndFix(error, CorpusProblem.TooLarge, path);
        Assert.Contains("the limit is 10 MB", error.Message, StringComparison.Ordinal);
    }

    // Bound: a 5 MB paragraph with no line break loads in under 20 s (measured 0.3 s, 280 MB allocated), with its sentences.
    [Fact]
    public void A_file_with_one_5_MB_line_loads_within_the_bound()
    {
        var text = new StringBuilder();
        while (text.Length < 5 * MB)
            text.Append("Russia met the Taliban in Moscow on July 8, 2021, officials said. ");
        string path = Write("one-line.txt", text.ToString());
        var article = Within("5 MB line", TimeSpan.FromSeconds(20), 1024 * MB, () => ArticleLoader.FromFile(path, _corpus.Rules));
        Assert.Single(article.Paragraphs);
        Assert.True(article.Sentences.Count > 50_000);
    }

    [Fact]
    public void A_page_nested_10000_deep_in_a_file_loads_within_the_bound()
    {
        var html = new StringBuilder("<html><body><article><h1>Deep</h1>");
        for (int i = 0; i < 10_000; i++)
            html.Append("<div><span>");
        html.Append("<p>Officials said it happened in July 2021.</p>");
        for (int i = 0; i < 10_000; i++)
            html.Append("</span></div>");
        html.Append("</article></body></html>");
        string path = Write("deep.html", html.ToString());
        var article = Within("10,000-deep HTML", TimeSpan.FromSeconds(20), 512 * MB, () => ArticleLoader.FromFile(path, _corpus.Rules));
        Assert.Contains("Officials said it happened in July 2021.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_naming_the_file_and_the_bad_byte()
    {
        string path = Kept("invalid-utf8.txt");
        var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(path, _corpus.Rules));
        NamesFileAndFix(error, CorpusProblem.UndecodableText, path);
        Assert.Contains("not valid UTF-8 (bad byte at offset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("renamed-png.txt", CorpusProblem.BinaryFile)]
    [InlineData("renamed-pdf.txt", CorpusProblem.UndecodableText)]
    [InlineData("renamed-pdf.html", CorpusProblem.UndecodableText)]
    public void A_binary_file_named_as_text_is_refused_naming_the_file(string name, CorpusProblem problem)
    {
        string path = Kept(name);
        var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(path, _corpus.Rules));
        NamesFileAndFix(error, problem, path);
    }

    [Fact]
    public void A_binary_file_in_the_data_folder_is_refused_naming_the_file()
    {
        using var folder = new TempDataFolder();
        string path = folder.WriteArticle("photo.txt", File.ReadAllBytes(Kept("renamed-png.txt")));
        folder.WriteMinimalManifest(("000", "articles/photo.txt"));
        var error = Assert.Throws<CorpusException>(() => Corpus.Load(folder.Root));
        NamesFileAndFix(error, CorpusProblem.BinaryFile, path);
    }
}

/// <summary>The tests that compare times: run on their own, after the parallel ones, so other tests cannot slow one size.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>Texts built to make patterns backtrack are analysed in time linear in their length.</summary>
[Collection(nameof(RunsAlone))]
public sealed class LinearGrowthTests(ITestOutputHelper output)
{
    private static readonly Corpus Pack = Corpus.Load(TestPaths.DataDirectory);

    /// <summary>
    /// Texts built against the patterns: long runs a greedy or lazy pattern might retry from every position.
    /// Each makes a text from a count of repeats; at the base count the texts are 50-200 KB.
    /// </summary>
    private static readonly Dictionary<string, (Func<int, string> Make, int Count)> Baits = new()
    {
        ["letters without a space after said"] = (n => "Officials said " + new string('a', n) + "!", 100_000),
        ["letters then a stop, as a sentence"] = (n => "He said that " + new string('x', n) + ".", 100_000),
        ["initials forever"] = (n => string.Concat(Enumerable.Repeat("A. ", n)) + "said Bob.", 50_000),
        ["stops forever"] = (n => new string('.', n), 150_000),
        ["spaces then a word"] = (n => new string(' ', n) + "said", 150_000),
        ["brackets opened"] = (n => new string('[', n) + "x]" + "(", 50_000),
        ["links nested"] = (n => string.Concat(Enumerable.Repeat("[a](", n)), 25_000),
        ["stars and escapes"] = (n => string.Concat(Enumerable.Repeat("*\\*_", n)), 40_000),
        ["hashes"] = (n => new string('#', n) + " Title", 100_000),
        ["commas without that"] = (n => "Officials said " + string.Concat(Enumerable.Repeat("x, ", n)), 50_000),
        ["month names"] = (n => string.Concat(Enumerable.Repeat("in July July ", n)) + "2021", 20_000),
        ["numbers and units"] = (n => string.Concat(Enumerable.Repeat("12 years 12 ", n)), 20_000),
        // Attribution finding looks for a source at most a few hundred characters from its cue, and bold runs are bounded.
        ["quotes unclosed"] = (n => "\u201C" + string.Concat(Enumerable.Repeat("he said, \u201C", n)), 10_000),
        ["according to forever"] = (n => string.Concat(Enumerable.Repeat("according to according to ", n)) + ".", 5_000),
        ["bold never closed"] = (n => string.Concat(Enumerable.Repeat("**a ", n)), 25_000),
        ["capital words"] = (n => string.Concat(Enumerable.Repeat("Ab Cd ", n)) + "said.", 30_000),
        // Anaphoric dates look back only to their neighbours.
        ["anaphoric dates"] = (n => "On July 8, 2021 " + string.Concat(Enumerable.Repeat("the same day ", n)), 20_000),
    };

    public static TheoryData<string> BaitNames => new(Baits.Keys);

    /// <summary>
    /// Linear, tested by growth rather than by a clock: twice the text must take well under four times as long
    /// (quadratic work would take four times). Each size's fastest of five interleaved rounds: a busy machine can
    /// only add time to a round, so the fastest is the one least disturbed; the 100 ms allowance covers timer and
    /// scheduler noise on short runs. The class runs alone (its collection disables parallel runs), so the other
    /// tests of this assembly do not compete with it. (Figures for people are medians, in the benchmarks.)
    /// </summary>
    [Theory]
    [MemberData(nameof(BaitNames))]
    public void Text_built_to_make_patterns_backtrack_is_analysed_in_linear_time(string name)
    {
        var sourcing = SourcingAnalysis.LexiconFor(Pack.DataDirectory);
        var temporal = TimelineAnalysis.LexiconFor(Pack.DataDirectory);
        var cues = new TextReuseOptions { BackReferenceCues = BackReferenceLexicon.Load(Pack.DataDirectory) };
        var (make, count) = Baits[name];
        string small = make(count), large = make(2 * count);
        TimeSpan Analyse(string text)
        {
            var clock = Stopwatch.StartNew();
            var article = ArticleLoader.FromString(text, Pack.Rules, "bait");
            _ = article.Attributions(sourcing);
            _ = article.TemporalExpressions(temporal);
            _ = TextReuse.Find([article, Pack["000"]], cues);
            return clock.Elapsed;
        }

        Analyse(make(count / 10)); // warm up: the first call compiles patterns and code
        // Quadratic work is four times slower at twice the size in every attempt; a busy moment passes. So up to
        // three attempts of five interleaved rounds, and the test fails only when none of them looks linear.
        var attempts = new List<string>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var smallTimes = new List<double>();
            var largeTimes = new List<double>();
            for (int round = 0; round < 5; round++)
            {
                smallTimes.Add(Analyse(small).TotalMilliseconds);
                largeTimes.Add(Analyse(large).TotalMilliseconds);
            }

            double smallFastest = smallTimes.Min(), largeFastest = largeTimes.Min();
            attempts.Add($"{small.Length / 1024} KB in {smallFastest:0} ms, {large.Length / 1024} KB in {largeFastest:0} ms (ratio {largeFastest / Math.Max(smallFastest, 0.001):0.00})");
            output.WriteLine($"{name}: {attempts[^1]}");
            if (largeFastest < (3 * smallFastest) + 100)
                return;
        }

        Assert.Fail($"{name}: twice the text took more than three times as long in every attempt, which is not linear: {string.Join("; ", attempts)}");
    }
}
