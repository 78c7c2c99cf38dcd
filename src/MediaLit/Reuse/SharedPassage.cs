using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Reuse;

/// <summary>
/// A passage two articles share, allowing small edits. <see cref="A"/> is the article that comes
/// first in the corpus; that says nothing about who copied whom (see <see cref="TextReuse"/>).
/// </summary>
/// <param name="SpanInA">The passage in <c>A.Text</c>, from its first word to its last.</param>
/// <param name="WordsInA">Words of <see cref="A"/> inside the passage (a word is what <c>WordTokenizer</c> counts).</param>
/// <param name="ExactWords">Words of <see cref="B"/> that lie in runs of at least n identical words; the rest are the edits between them.</param>
public sealed record SharedPassage(Article A, TextSpan SpanInA, Article B, TextSpan SpanInB, int WordsInA, int WordsInB, int ExactWords)
{
    public string TextA => SpanInA.Of(A.Text);
    public string TextB => SpanInB.Of(B.Text);

    /// <summary>The dates are shown so a lesson can reason about direction; an undated article gives null.</summary>
    public PublicationDate? PublishedA => A.Metadata.Published.Value;
    public PublicationDate? PublishedB => B.Metadata.Published.Value;

    public bool Involves(Article article) => ReferenceEquals(article, A) || ReferenceEquals(article, B);

    /// <summary>The passage's span in <paramref name="article"/>, which must be A or B.</summary>
    public TextSpan SpanIn(Article article) =>
        ReferenceEquals(article, A) ? SpanInA
        : ReferenceEquals(article, B) ? SpanInB
        : throw new ArgumentException($"Article {article.Id} is not part of this passage ({A.Id}, {B.Id}).", nameof(article));

    /// <summary>The article on the other side of the passage from <paramref name="article"/>.</summary>
    public Article Other(Article article) =>
        ReferenceEquals(article, A) ? B
        : ReferenceEquals(article, B) ? A
        : throw new ArgumentException($"Article {article.Id} is not part of this passage ({A.Id}, {B.Id}).", nameof(article));

    public override string ToString() => $"{A.Id} {SpanInA} ↔ {B.Id} {SpanInB} ({WordsInA}/{WordsInB} words)";
}
