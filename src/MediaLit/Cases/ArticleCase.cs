using MediaLit.Articles;
using MediaLit.Evidence;
using MediaLit.Narratives;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Cases;

/// <summary>
/// Every lesson's analysis of one article, side by side: the case a student writes up in the capstone.
/// Each part keeps its spans, so every line of the report can still answer "which sentences?".
/// </summary>
public sealed record ArticleCase(
    Article Article,
    SourcingProfile Sourcing,
    IReadOnlyList<TemporalExpression> Dates,
    PublicationBound Bound,
    IReadOnlyList<ClaimStance> Claims,
    FramingProfile Framing,
    EvidenceProfile Evidence,
    RubricScore Rubric);

/// <summary>Runs the whole pipeline on one article, with the corpus's word lists, codebook, record and rubric.</summary>
public static class CaseAnalysis
{
    public static ArticleCase Case(this Corpus corpus, Article article)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(article);
        var timeline = TimelineAnalysis.Build([article], TimelineAnalysis.LexiconFor(corpus.DataDirectory), TimelineAnalysis.ReferenceFor(corpus.DataDirectory));
        var narratives = corpus.Narratives([article]);
        var evidence = corpus.Evidence(article);
        return new ArticleCase(
            article,
            article.Sourcing(SourcingAnalysis.LexiconFor(corpus.DataDirectory)),
            timeline.ExpressionsOf(article.Id),
            timeline.BoundOf(article.Id),
            narratives.Claims.ForArticle(article.Id).Where(c => c.Mentions).ToList(),
            narratives.FramingOf(article.Id),
            evidence,
            Rubric.Load(corpus.DataDirectory).Score(evidence));
    }
}
