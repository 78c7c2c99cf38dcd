using MediaLit.Loading;
using System.Runtime.CompilerServices;
using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Timelines;

/// <summary>
/// The way into timelines: every dated claim of an article resolved to days, the events those claims
/// describe, and how they stand against the verified record in <c>data/reference-timeline.csv</c>.
/// </summary>
/// <example><c>corpus.Timeline().ExpressionsOf("004")</c> ⇒ "December last year" → 2016-12-01..2016-12-31, …</example>
public static class TimelineAnalysis
{
    private static readonly ConditionalWeakTable<TemporalLexicon, TemporalExpressionFinder> Finders = new();

    /// <summary>The temporal word lists of a data folder, read once per folder.</summary>
    public static TemporalLexicon LexiconFor(string dataDirectory) =>
        PerDataFolder.Get<TemporalLexicon>(dataDirectory, TemporalLexicon.Load);

    /// <summary>The verified record of a data folder (<c>reference-timeline.csv</c>), read once per folder.</summary>
    public static ReferenceTimeline ReferenceFor(string dataDirectory) =>
        PerDataFolder.Get<ReferenceTimeline>(dataDirectory, ReferenceTimeline.Load);

    /// <summary>
    /// Every temporal expression in the article, in reading order. Relative expressions count from
    /// <paramref name="asOf"/> when given (to ask "what if it was written then?"), else from the article's
    /// own date; with neither, they stay unresolved.
    /// </summary>
    public static IReadOnlyList<TemporalExpression> TemporalExpressions(this Article article, TemporalLexicon lexicon, PublicationDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(lexicon);
        return Finders.GetValue(lexicon, l => new TemporalExpressionFinder(l)).Find(article, asOf ?? article.Metadata.Published.Value);
    }

    /// <summary>The temporal expressions of any article (one of the corpus, or one read with <c>corpus.Read</c>), with the corpus's word lists.</summary>
    public static IReadOnlyList<TemporalExpression> TemporalExpressions(this Corpus corpus, Article article, PublicationDate? asOf = null) =>
        article.TemporalExpressions(LexiconFor(corpus.DataDirectory), asOf);

    /// <summary>The whole corpus on one timeline, checked against the record in the corpus's data folder.</summary>
    public static Timeline Timeline(this Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Build(corpus.ToList(), LexiconFor(corpus.DataDirectory), ReferenceFor(corpus.DataDirectory));
    }

    /// <summary>A timeline of chosen articles (say, the corpus plus a text of your own) against a record.</summary>
    public static Timeline Build(IReadOnlyList<Article> articles, TemporalLexicon lexicon, ReferenceTimeline reference)
    {
        var expressions = articles.ToDictionary(a => a.Id, a => a.TemporalExpressions(lexicon), StringComparer.Ordinal);
        var mentionsByArticle = articles.ToDictionary(a => a.Id, a => EventMatcher.Mentions(a, expressions[a.Id], reference), StringComparer.Ordinal);
        var mentions = articles.SelectMany(a => mentionsByArticle[a.Id]).ToList();
        var bounds = articles.ToDictionary(a => a.Id, a => EventMatcher.Bound(a, mentionsByArticle[a.Id], expressions[a.Id]), StringComparer.Ordinal);
        return new Timeline(articles, reference, expressions, mentions, EventMatcher.Group(mentions), bounds);
    }
}
