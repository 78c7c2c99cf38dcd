using System.Runtime.CompilerServices;
using MediaLit.Loading;
using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>The way into attribution finding: who each article credits with what.</summary>
public static class SourcingAnalysis
{

    /// <summary>The word lists of a data folder, read once per folder.</summary>
    public static SourcingLexicon LexiconFor(string dataDirectory) =>
        PerDataFolder.Get<SourcingLexicon>(dataDirectory, SourcingLexicon.Load);

    /// <summary>Every attribution in the article's running text, in reading order.</summary>
    /// <remarks>The finder gives them sorted, in a list of their own: no second sorted copy is made.</remarks>
    public static IReadOnlyList<Attribution> Attributions(this Article article, SourcingLexicon lexicon) =>
        AttributionFinder.Find(article, lexicon);

    // An article's attributions with one lexicon, kept while the article lives: the evidence, case and narrative
    // views all start from them, and finding them again for each view was most of an article's analysis time.
    private static readonly ConditionalWeakTable<Article, ConditionalWeakTable<SourcingLexicon, IReadOnlyList<Attribution>>> Found = new();

    /// <summary>
    /// <see cref="Attributions"/> found once per article and lexicon and then reused; an <see cref="Article"/>
    /// never changes, so the answer cannot go stale.
    /// </summary>
    public static IReadOnlyList<Attribution> AttributionsOnce(this Article article, SourcingLexicon lexicon) =>
        Found.GetValue(article, _ => new()).GetValue(lexicon, l => article.Attributions(l));

    public static SourcingProfile Sourcing(this Article article, SourcingLexicon lexicon) => new(article, article.AttributionsOnce(lexicon));

    /// <summary>One profile per article, with the corpus's own word lists.</summary>
    public static IReadOnlyList<SourcingProfile> Sourcing(this Corpus corpus)
    {
        var lexicon = LexiconFor(corpus.DataDirectory);
        return corpus.Select(a => a.Sourcing(lexicon)).ToList();
    }
}
