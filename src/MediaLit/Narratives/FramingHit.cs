using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>One place where a framing term occurs: a suggestion, not a verdict.</summary>
public sealed record FramingHit(FramingTerm Term, TextSpan Span, int SentenceIndex, TextSpan Sentence)
{
    internal string Text { get; init; } = "";

    /// <summary>The words as the article writes them ("Fake News" for the term "fake news").</summary>
    public string MatchText => Span.Of(Text);

    public string SentenceText => Sentence.Of(Text);

    /// <summary>Up to <paramref name="words"/> words before the term, within its sentence: the left column of a keyword-in-context view.</summary>
    public string LeftContext(int words = 8)
    {
        var before = Text[Sentence.Start..Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (before.Length > words ? "… " : "") + string.Join(' ', before.TakeLast(words));
    }

    public string RightContext(int words = 8)
    {
        var after = Text[Span.End..Sentence.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', after.Take(words)) + (after.Length > words ? " …" : "");
    }
}
