using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>
/// A back-reference ("all of the aforementioned") near the start of a shared passage in
/// <see cref="Article"/>, whose referent probably stayed behind in the other article: there the
/// passage follows <see cref="ReferentContextInSource"/>, text that <see cref="Article"/> does not share.
/// </summary>
/// <param name="Cue">The cue phrase, in <c>Article.Text</c>.</param>
/// <param name="ReferentContextInSource">The sentence(s) just before the passage in the other article, in its text.</param>
/// <param name="Reason">Why it was flagged, in words a lesson can show.</param>
public sealed record DanglingReference(Article Article, TextSpan Cue, SharedPassage Passage, TextSpan ReferentContextInSource, string Reason)
{
    /// <summary>The article that has the passage with the context this one lacks.</summary>
    public Article Source => Passage.Other(Article);

    public string CueText => Cue.Of(Article.Text);
    public string ReferentContext => ReferentContextInSource.Of(Source.Text);
}
