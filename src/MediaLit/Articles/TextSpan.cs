namespace MediaLit.Articles;

/// <summary>
/// A range of characters in a text. <see cref="End"/> is exclusive, as in C# ranges and spaCy:
/// the span covers <c>text[Start..End]</c>.
/// </summary>
/// <example><c>new TextSpan(4, 9).Of("The Truth About")</c> ⇒ <c>"Truth"</c>.</example>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0)
            throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before the text.");
        if (end < start)
            throw new ArgumentOutOfRangeException(nameof(end), end, $"A span cannot end ({end}) before it starts ({start}).");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => Length == 0;

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    /// <summary>True when the spans share a character; an empty span shares none.</summary>
    public bool Overlaps(TextSpan other) => !IsEmpty && !other.IsEmpty && other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
            throw new ArgumentOutOfRangeException(nameof(text), $"Span {this} runs past the end of a text of {text.Length} characters.");
        return text[Start..End];
    }

    public override string ToString() => $"{Start}-{End}";
}
