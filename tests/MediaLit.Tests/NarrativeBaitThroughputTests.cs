using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Narratives;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: the narrative word lists are matched with the backtracking interpreter because their small language
/// (words, spaces, a "*" ending) cannot express competing repetitions. These texts are built against exactly what
/// that language has: runs of letters after a stem, runs of spaces inside a phrase, a cue at every word. Each is
/// read at no less than a fifth of the throughput of normal text of the same length, compared within one run.
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
    public void Narrative_bait_runs_at_a_fifth_of_normal_throughput_or_better(string name)
    {
        string normal = NormalText, bait = Bait(name, normal.Length);
        var normalArticle = ArticleLoader.FromString(normal, Pack.Rules, "normal");
        var baitArticle = ArticleLoader.FromString(bait, Pack.Rules, "bait");
        var options = new NarrativeOptions { MarkSharedPassages = false };
        void Read(Article article) => _ = Pack.Narratives([article], options).Framing[0].LoadedLanguage.Count;
        _ = normalArticle.Sentences; // split outside the clock: this measures the narrative reading
        _ = baitArticle.Sentences;
        ThroughputRatio.AtLeastAFifth(name, normal.Length, () => Read(normalArticle), bait.Length, () => Read(baitArticle), output);
    }
}
