using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Sourcing;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: a text built against attribution finding is read in time proportional to its length (see
/// <see cref="LinearTime"/>): a quarter of its length and the whole, as long as the pack's text.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class BaitThroughputTests(ITestOutputHelper output)
{
    private static readonly Corpus Pack = Corpus.Load(TestPaths.DataDirectory);

    /// <summary>Texts built against attribution finding, each about as long as <see cref="NormalText"/>.</summary>
    public static TheoryData<string> BaitNames => new(["according to forever", "said forever", "described forever", "pronouns forever", "quotes unclosed", "pronouns in short sentences", "one quotation over every sentence"]);

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
            // Sentences inside one quotation that closes only at the end: each sentence asks whether the quotation is
            // long enough to be speech, which must not mean counting its words to the end every time.
            "one quotation over every sentence" => "It was so and no more. ",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such bait."),
        };
        string text = string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length] + ".";
        return name == "one quotation over every sentence" ? "\u201C" + text + "\u201D" : text;
    }

    /// <summary>The pack's five articles run together: the length of the bait.</summary>
    private static string NormalText => string.Join("\n\n", Pack.Select(a => a.Text));

    [Theory]
    [MemberData(nameof(BaitNames))]
    public void Bait_is_read_in_time_proportional_to_its_length(string name)
    {
        var lexicon = SourcingAnalysis.LexiconFor(Pack.DataDirectory);
        string whole = Bait(name, NormalText.Length), quarter = Bait(name, NormalText.Length / 4);
        // Loaded once, outside the clock: this measures attribution finding, the stage the bait is built against.
        var wholeArticle = ArticleLoader.FromString(whole, Pack.Rules, "bait");
        var quarterArticle = ArticleLoader.FromString(quarter, Pack.Rules, "quarter");
        LinearTime.Holds(name, quarter.Length, () => quarterArticle.Attributions(lexicon), whole.Length, () => wholeArticle.Attributions(lexicon), output);
    }
}
