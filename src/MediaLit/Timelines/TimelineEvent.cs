namespace MediaLit.Timelines;

/// <summary>
/// One event as the articles tell it: every mention of it across the corpus, grouped because they
/// match the same record event, or (for events the record lacks) because their dates overlap and
/// they share key words.
/// </summary>
/// <param name="Id">The record event's id ("r07"), or "e1", "e2" … for events the record lacks.</param>
/// <param name="Label">The record's description, or the first mention's clause.</param>
public sealed record TimelineEvent(string Id, DateInterval When, string Label, ReferenceEvent? Reference, IReadOnlyList<EventMention> Mentions)
{
    public IReadOnlyList<string> Articles => Mentions.Select(m => m.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The record's verdict on each article's account: worst first when an article mentions it more than once.</summary>
    public IReadOnlyDictionary<string, RecordVerdict> Verdicts => Mentions.Where(m => m.Check is not null)
        .GroupBy(m => m.ArticleId)
        .ToDictionary(g => g.Key, g => g.Select(m => m.Check!.Verdict).MaxBy(Severity));

    // A contradiction outweighs a wrong date, which outweighs an unconfirmed account.
    private static int Severity(RecordVerdict verdict) => verdict switch
    {
        RecordVerdict.Contradicted => 3,
        RecordVerdict.Disagrees => 2,
        RecordVerdict.Unverified => 1,
        _ => 0,
    };

    public override string ToString() => $"{Id} {When}: {Label} ({string.Join(", ", Articles)})";
}
