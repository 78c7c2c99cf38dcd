namespace MediaLit.Segmentation;

/// <summary>What a line break inside a paragraph means to the <see cref="SentenceSplitter"/>.</summary>
public enum LineBreaks
{
    /// <summary>
    /// A line break ends a sentence or a list item ("features\ncontact manager"), except when the line ends in a
    /// space and the next one starts in lower case: that is wrapping ("It was a cold \nnight in the city.").
    /// Articles never need more: the cleaner gives every paragraph its own line.
    /// </summary>
    EndSentences,

    /// <summary>
    /// Hard-wrapped text (a PDF's or a plain-text e-mail's lines): a line break before a lower-case word is a space.
    /// </summary>
    Wrapped,
}
