using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Sourcing;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: a hostile text runs at no less than a fifth of the throughput of normal text. Compared as a ratio
/// measured in one run, never against a clock, so a busy machine slows both sides alike.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class BaitThroughputTests(ITestOutputHelper output)
{
    private static readonly Corpus Pack = Corpus.Load(TestPaths.DataDirectory);

    /// <summary>Texts built against attribution finding, each about as long as <see cref="NormalText"/>.</summary>
    public static TheoryData<string> BaitNames => new(["according to forever", "said forever", "described forever", "pronouns forever", "quotes unclosed", "pronouns in short sentences"]);

    private static string Bait(string name, int length)
    {
        string unit = name switch
        {
            "according to forever" => "according to according to ",
            "said forever" => "Officials said, said officials, ",
            // A cue that needs an "as" later in its clause, in a clause that never ends.
            "described forever" => "the mayor described the plan ",
            // Pronouns with nobody named: each looks back for a name.
            "pronouns forever" => "he said she told Gavin ",
            // The same in sentences: each pronoun's look back is three sentences, found by index and not by a pass over all of them.
            "pronouns in short sentences" => "He said that. ",
            // An opening quotation mark that never closes: the quotation runs to the end of the paragraph.
            "quotes unclosed" => "he said, \u201C",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such bait."),
        };
        return string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length] + ".";
    }

    /// <summary>The pack's five articles run together: the normal news the bait is measured against.</summary>
    private static string NormalText => string.Join("\n\n", Pack.Select(a => a.Text));

    [Theory]
    [MemberData(nameof(BaitNames))]
    public void Bait_runs_at_a_fifth_of_normal_throughput_or_better(string name)
    {
        var lexicon = SourcingAnalysis.LexiconFor(Pack.DataDirectory);
        string normal = NormalText, bait = Bait(name, normal.Length);
        // Loaded once, outside the clock: this measures attribution finding, the stage the bait is built against.
        var normalArticle = ArticleLoader.FromString(normal, Pack.Rules, "normal");
        var baitArticle = ArticleLoader.FromString(bait, Pack.Rules, "bait");
        ThroughputRatio.AtLeastAFifth(name, normal.Length, () => normalArticle.Attributions(lexicon), bait.Length, () => baitArticle.Attributions(lexicon), output);
    }
}
