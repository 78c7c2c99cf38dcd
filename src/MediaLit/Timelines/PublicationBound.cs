namespace MediaLit.Timelines;

/// <summary>
/// The earliest an article can have been written: the start of the latest recorded event it refers to.
/// A lower bound only: the article may be much later.
/// </summary>
/// <param name="EarliestPossible">Null when the article refers to no recorded event.</param>
/// <param name="Evidence">The mention that sets the bound; its sentence is the evidence.</param>
/// <param name="Reasoning">The argument in words, for a lesson.</param>
public sealed record PublicationBound(string ArticleId, DateOnly? EarliestPossible, EventMention? Evidence, string Reasoning)
{
    public string? EvidenceSentence => Evidence?.SentenceText;

    public override string ToString() => Reasoning;
}
