namespace MediaLit.Narratives;

/// <summary>Settings of the narratives analysis. The defaults are the ones the lesson uses.</summary>
public sealed record NarrativeOptions
{
    /// <summary>
    /// α0, the total weight of the prior in the vocabulary comparison, in pseudo-words. 500 is about
    /// the length of one article after stop words (the five run from about 330 to 700), so the prior
    /// counts as much as one more article: enough that a word used once or twice is not called
    /// distinctive, not so much that real differences vanish. Monroe et al. (2008) leave α0 to the analyst.
    /// </summary>
    public double PriorWeight { get; init; } = 500;

    /// <summary>Leave function words (<c>data/lexicons/stop-words.txt</c>) out of the vocabulary comparison.</summary>
    public bool RemoveStopWords { get; init; } = true;

    /// <summary>Mark sentences of the claim matrix that lie in passages shared with another article (text reuse).</summary>
    public bool MarkSharedPassages { get; init; } = true;
}
