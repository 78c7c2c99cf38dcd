using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>
/// Everything the corpus claims happened, and when: the temporal expressions of each article, the
/// event mentions they anchor, those mentions grouped into events across articles, each checked
/// against the record, and the earliest date each article can have been written.
/// </summary>
public sealed record Timeline(
    IReadOnlyList<Article> Articles,
    ReferenceTimeline Reference,
    IReadOnlyDictionary<string, IReadOnlyList<TemporalExpression>> Expressions,
    IReadOnlyList<EventMention> Mentions,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyDictionary<string, PublicationBound> Bounds)
{
    public IReadOnlyList<TemporalExpression> ExpressionsOf(string articleId) =>
        Expressions.TryGetValue(articleId, out var found) ? found : throw UnknownArticle(articleId);

    public IReadOnlyList<EventMention> MentionsOf(string articleId) => Mentions.Where(m => m.ArticleId == articleId).ToList();

    /// <summary>The earliest possible writing date of an article, with its evidence.</summary>
    public PublicationBound BoundOf(string articleId) => Bounds.TryGetValue(articleId, out var bound) ? bound : throw UnknownArticle(articleId);

    /// <summary>The event grouped around a record event ("r07"), or null when no article mentions it.</summary>
    public TimelineEvent? EventFor(string referenceId) => Events.FirstOrDefault(e => e.Reference?.Id == referenceId);

    /// <summary>Events told by more than one article: where accounts can be compared.</summary>
    public IEnumerable<TimelineEvent> SharedEvents => Events.Where(e => e.Articles.Count > 1);

    /// <summary>Mentions the record finds wrong: a date off, or content contradicted.</summary>
    public IEnumerable<EventMention> Conflicts => Mentions.Where(m => m.Check?.Verdict is RecordVerdict.Disagrees or RecordVerdict.Contradicted);

    /// <summary>Record events after the last article's latest possible date: "what happened next".</summary>
    public IEnumerable<ReferenceEvent> After(DateOnly day) => Reference.Where(r => r.When.Start > day);

    private KeyNotFoundException UnknownArticle(string id) =>
        new($"No article \"{id}\" in this timeline. The ids are: {string.Join(", ", Articles.Select(a => a.Id))}.");
}
