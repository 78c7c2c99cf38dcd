using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Timelines;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: a text built against the date patterns is read in time proportional to its length (see
/// <see cref="LinearTime"/>), in the collection that runs alone. Each match is a walk of a few words from a start
/// (TemporalExpressionFinder.Patterns), allocates nothing until it is resolved, and a run of anaphors with the same
/// note formats it once. How fast each bait reads against normal news text is a figure of the benchmarks' quick
/// command (docs/performance.md).
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class DateBaitThroughputTests(ITestOutputHelper output)
{
    private static readonly Corpus Pack = Corpus.Load(TestPaths.DataDirectory);

    public static TheoryData<string> BaitNames => new(DateBaits.Names);

    [Theory]
    [MemberData(nameof(BaitNames))]
    public void Date_bait_is_read_in_time_proportional_to_its_length(string name)
    {
        var lexicon = TimelineAnalysis.LexiconFor(Pack.DataDirectory);
        string whole = DateBaits.Build(name), quarter = DateBaits.Build(name, 0.25);
        var wholeArticle = ArticleLoader.FromString(whole, Pack.Rules, "bait");
        var quarterArticle = ArticleLoader.FromString(quarter, Pack.Rules, "quarter");
        _ = wholeArticle.Sentences; // split before timing: only the dates are compared
        _ = quarterArticle.Sentences;
        LinearTime.Holds(name, quarterArticle.Text.Length, () => quarterArticle.TemporalExpressions(lexicon), wholeArticle.Text.Length, () => wholeArticle.TemporalExpressions(lexicon), output);
    }

    /// <summary>
    /// Whatever its speed, a bait is read to the end with no time-out: "December 3 December 3, …" once threw
    /// RegexMatchTimeoutException on a busy machine. Each "December 3" is a date (no article date, so unresolved).
    /// </summary>
    [Fact]
    public void Date_bait_is_read_whole()
    {
        var lexicon = TimelineAnalysis.LexiconFor(Pack.DataDirectory);
        var bait = ArticleLoader.FromString(DateBaits.Build("month day month day"), Pack.Rules, "bait");
        var dates = bait.TemporalExpressions(lexicon);
        Assert.Equal(20_000, dates.Count);
        Assert.All(dates, d => Assert.Equal("December 3", d.Text));
    }
}
