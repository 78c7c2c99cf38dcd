using System.Runtime.CompilerServices;
using MediaLit.Loading;
using MediaLit.Articles;
using MediaLit.Reuse;
using MediaLit.Sourcing;

namespace MediaLit.Narratives;

/// <summary>
/// The way into the narratives lesson: <c>corpus.Narratives()</c> lays the articles side by side,
/// claim by claim, with the words that frame each story.
/// </summary>
/// <example><c>corpus.Narratives().Claims["001", "bounty"].ContradictsItself</c> ⇒ true.</example>
public static class NarrativeAnalysis
{
    // The finders compile every cue of the codebook and word lists into a non-backtracking regex, which costs
    // about two seconds for the pack's lists: once per lexicon, not once per call (a reader view calls per article).
    private static readonly ConditionalWeakTable<NarrativeLexicon, Finders> FindersOf = new();

    private sealed record Finders(StanceFinder Stances, FramingFinder Framing);

    /// <summary>The codebook and word lists of a data folder, read once per folder.</summary>
    public static NarrativeLexicon LexiconFor(string dataDirectory) =>
        PerDataFolder.Get<NarrativeLexicon>(dataDirectory, NarrativeLexicon.Load);

    /// <summary>Every article of the corpus against every claim, with framing and vocabulary.</summary>
    public static NarrativeReport Narratives(this Corpus corpus, NarrativeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Narratives(corpus, options);
    }

    /// <summary>
    /// Other articles (a text of your own from <c>corpus.Read</c>, or a subset) read with the corpus's
    /// codebook and word lists. Vocabulary is compared among <paramref name="articles"/> only.
    /// </summary>
    public static NarrativeReport Narratives(this Corpus corpus, IEnumerable<Article> articles, NarrativeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new NarrativeOptions();
        var list = articles.ToList();
        var lexicon = LexiconFor(corpus.DataDirectory);
        var sourcing = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        var reuse = options.MarkSharedPassages && list.Count > 1
            ? corpus.FindReuse(list)
            : null;

        var (stances, framing) = FindersOf.GetValue(lexicon, l => new Finders(new StanceFinder(l.Codebook), new FramingFinder(l.Framing)));
        // The article's own attributions, found once and shared with the evidence and sourcing views: finding them
        // again here was about a sixth of a narratives call.
        var cells = list.SelectMany(a => stances.Find(a, a.AttributionsOnce(sourcing), reuse)).ToList();
        var stopWords = options.RemoveStopWords ? lexicon.StopWords : new HashSet<string>();
        return new NarrativeReport(
            list,
            lexicon,
            new ClaimMatrix(list, lexicon.Codebook.Claims, cells),
            list.Select(framing.Profile).ToList(),
            DistinctiveVocabulary.Compare(list, stopWords, options.PriorWeight),
            options);
    }
}
