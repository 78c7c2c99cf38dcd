namespace MediaLit.Articles;

/// <summary>One sentence of <see cref="Article.Text"/>, inside paragraph <see cref="ParagraphIndex"/>.</summary>
public sealed record Sentence(int Index, TextSpan Span, int ParagraphIndex, ParagraphKind ParagraphKind)
{
    internal string Source { get; init; } = "";

    /// <summary>The sentence's text, read from the article (never stored separately).</summary>
    public string Text => Span.Of(Source);
}
