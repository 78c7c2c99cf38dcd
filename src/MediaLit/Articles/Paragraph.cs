namespace MediaLit.Articles;

/// <summary>What a paragraph of the clean text is, as decided by <c>ParagraphClassifier</c>.</summary>
public enum ParagraphKind
{
    /// <summary>The headline.</summary>
    Title,
    /// <summary>A short line without closing punctuation: a standfirst, section heading or list label.</summary>
    Subheading,
    /// <summary>A photo caption or image credit: kept, but not the author's argument.</summary>
    Caption,
    /// <summary>Running text.</summary>
    Body,
}

/// <summary>One paragraph (one line) of <see cref="Article.Text"/>.</summary>
public sealed record Paragraph(int Index, TextSpan Span, ParagraphKind Kind)
{
    internal string Source { get; init; } = "";

    /// <summary>The paragraph's text, read from the article (never stored separately).</summary>
    public string Text => Span.Of(Source);
}
