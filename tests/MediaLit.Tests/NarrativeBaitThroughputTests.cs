using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Narratives;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: the narrative word lists are matched with the backtracking interpreter because their small language
/// (words, spaces, a "*" ending) cannot express competing repetitions. These texts are built against exactly what
/// that language has: runs of letters after a stem, runs of spaces inside a phrase, a cue at every word. Each is
/// read in time proportional to its length (see <see cref="LinearTime"/>): a quarter of its length and the whole, as
/// long as the pack's text.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class NarrativeBaitThroughputTests(ITestOutputHelper output)
{
    private static readonly Corpus Pack = Corpus.Load(TestPaths.DataDirectory);

    private static string NormalText => string.Join("\n\n", Pack.Select(a => a.Text));

    public static TheoryData<string> BaitNames => new(["letters after a stem", "spaces inside a phrase", "a cue at every word"]);

    /// <summary>Built from the pack's own lists, so the bait follows them when a teacher edits them.</summary>
    private static string Bait(string name, int length)
    {
        var framing = NarrativeAnalysis.LexiconFor(Pack.DataDirectory).Framing;
        var terms = framing.LoadedLanguage.Concat(framing.FrameCues).SelectMany(t => t.Term.Split('|')).Select(t => t.Trim()).ToList();
        string stem = terms.First(t => t.EndsWith('*'))[..^1];
        string phraseStart = terms.First(t => t.Contains(' ')).Split(' ')[0];
        string unit = name switch
        {
            // One stem, then letters that never end: each later position is inside the same word.
            "letters after a stem" => stem + new string('x', 5_000) + " ",
            // A phrase's first word, then white space that never reaches its second word.
            "spaces inside a phrase" => phraseStart + new string(' ', 2_000) + "\u00A0 " + phraseStart + "\n",
            _ => string.Join(" ", terms.Where(t => !t.EndsWith('*')).Take(40)) + ". ",
        };
        return string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
    }

    [Theory]
    [MemberData(nameof(BaitNames))]
    public void Narrative_bait_is_read_in_time_proportional_to_its_length(string name)
    {
        string whole = Bait(name, NormalText.Length), quarter = Bait(name, NormalText.Length / 4);
        var wholeArticle = ArticleLoader.FromString(whole, Pack.Rules, "bait");
        var quarterArticle = ArticleLoader.FromString(quarter, Pack.Rules, "quarter");
        var options = new NarrativeOptions { MarkSharedPassages = false };
        void Read(Article article) => _ = Pack.Narratives([article], options).Framing[0].LoadedLanguage.Count;
        _ = wholeArticle.Sentences; // split outside the clock: this measures the narrative reading
        _ = quarterArticle.Sentences;
        LinearTime.Holds(name, quarter.Length, () => Read(quarterArticle), whole.Length, () => Read(wholeArticle), output);
    }
}
