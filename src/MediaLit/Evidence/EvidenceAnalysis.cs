using MediaLit.Loading;
using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Evidence;

/// <summary>The way into lesson 4: evidence signals, rubric scores and the ACH matrix for a corpus.</summary>
public static class EvidenceAnalysis
{

    public static EvidenceLexicon LexiconFor(string dataDirectory) =>
        PerDataFolder.Get<EvidenceLexicon>(dataDirectory, EvidenceLexicon.Load);

    /// <summary>Evidence signals of every article, in corpus order.</summary>
    public static IReadOnlyList<EvidenceProfile> Evidence(this Corpus corpus) => corpus.Select(a => corpus.Evidence(a)).ToList();

    /// <summary>Evidence signals of one article (one of the corpus, or a text of your own), with the corpus's word lists.</summary>
    public static EvidenceProfile Evidence(this Corpus corpus, Article article)
    {
        var sourcing = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        return SignalFinder.Find(article, article.Sourcing(sourcing), LexiconFor(corpus.DataDirectory), sourcing);
    }

    /// <summary>Each article's rubric card, scored with <c>data/rubric.json</c> (or the rubric given).</summary>
    public static IReadOnlyList<RubricScore> RubricScores(this Corpus corpus, Rubric? rubric = null)
    {
        var used = rubric ?? Rubric.Load(corpus.DataDirectory);
        return corpus.Evidence().Select(used.Score).ToList();
    }
}
