namespace MediaLit.Timelines;

/// <summary>
/// The earliest an article can have been written: the start of the latest recorded event it refers to,
/// or of the latest date it states itself, whichever is later. A lower bound only: the article may be much later.
/// </summary>
/// <param name="EarliestPossible">Null when the article refers to no recorded event.</param>
/// <param name="Evidence">The mention of a recorded event that sets the bound, if an event sets it; its sentence is the evidence.</param>
/// <param name="Reasoning">The argument in words, for a lesson.</param>
public sealed record PublicationBound(string ArticleId, DateOnly? EarliestPossible, EventMention? Evidence, string Reasoning)
{
    /// <summary>The article's own date expression that sets the bound, when it is later than every recorded event.</summary>
    public TemporalExpression? StatedDate { get; init; }

    /// <summary>The sentence of <see cref="StatedDate"/>.</summary>
    public string? StatedSentence { get; init; }

    public string? EvidenceSentence => Evidence?.SentenceText ?? StatedSentence;

    public override string ToString() => Reasoning;
}
