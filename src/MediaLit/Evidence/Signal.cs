using MediaLit.Articles;

namespace MediaLit.Evidence;

/// <summary>One place in the text where a signal was seen: the words and the sentence they are in.</summary>
public sealed record SignalHit(int SentenceIndex, TextSpan Span, string Term);

/// <summary>
/// One evidence signal of one article ("named sources", "hedges", …) with every hit behind its count,
/// so a number in a chart can always answer "which sentences?".
/// </summary>
/// <param name="Id">Stable id used by the rubric in <c>data/rubric.json</c> ("named-sources").</param>
/// <param name="Group">Who is behind it, evidence, specifics, voice, or disclosure.</param>
public sealed record Signal(string Id, string Label, string Group, IReadOnlyList<SignalHit> Hits, int BodyWords)
{
    public int Count => Hits.Count;

    /// <summary>Hits per 1,000 words of running text, so long and short articles compare.</summary>
    public double PerThousandWords => BodyWords == 0 ? 0 : 1000.0 * Count / BodyWords;

    /// <summary>The sentence indexes behind the count, in order, each once.</summary>
    public IReadOnlyList<int> Sentences => Hits.Select(h => h.SentenceIndex).Distinct().Order().ToList();
}

/// <summary>Whether the page says who wrote it, when, and where: the first things a reader checks.</summary>
public sealed record Disclosure(bool Byline, bool Date, bool Outlet)
{
    public int Count => (Byline ? 1 : 0) + (Date ? 1 : 0) + (Outlet ? 1 : 0);
}
