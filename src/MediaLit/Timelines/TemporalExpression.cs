using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>What the words of a temporal expression need before they name a date.</summary>
public enum TemporalForm
{
    /// <summary>The date is in the words: "December 2016", "late December 1979", "the 1980s".</summary>
    Absolute,
    /// <summary>Needs the article's date: "last year", "this spring", "July 8" (no year).</summary>
    Relative,
    /// <summary>Needs another date in the passage: "In the same month", "Two days after … on July 8".</summary>
    Anaphoric,
    /// <summary>An event's name that stands for its date: "9/11".</summary>
    NamedEvent,
    /// <summary>A length of time, not a point: "ten years", "for 16 years".</summary>
    Duration,
}

/// <summary>How much of a date an expression gives, finest first.</summary>
public enum TemporalPrecision
{
    Day,
    /// <summary>"late December 1979": a third of a month.</summary>
    PartOfMonth,
    Month,
    Season,
    Year,
    /// <summary>"early 90s": a few years of a decade.</summary>
    PartOfDecade,
    Decade,
    Century,
    /// <summary>"recently", "in recent weeks": a window by convention (see the resolution note).</summary>
    Vague,
}

/// <summary>A length of time; <see cref="Amount"/> is null for "a few months".</summary>
public sealed record TemporalDuration(int? Amount, string Unit)
{
    public override string ToString() => Amount is { } n ? $"{n} {Unit}{(n == 1 ? "" : "s")}" : $"some {Unit}s";
}

/// <summary>
/// One temporal expression in <c>Article.Text</c>, resolved to the days it can mean.
/// </summary>
/// <param name="Span">The words, without a leading preposition: "December last year", "16 years".</param>
/// <param name="Interval">The days meant; null for durations and for what cannot be resolved without guessing.</param>
/// <param name="Resolution">How the interval was reached, in words: "relative to publication date 2017-04-05".</param>
/// <param name="Anchor">For anaphoric expressions: the other expression the date was counted from.</param>
/// <param name="Duration">For durations: how long.</param>
public sealed record TemporalExpression(
    string ArticleId,
    int SentenceIndex,
    TextSpan Span,
    TemporalForm Form,
    TemporalPrecision Precision,
    DateInterval? Interval,
    string Resolution,
    TextSpan? Anchor = null,
    TemporalDuration? Duration = null)
{
    internal string Source { get; init; } = "";

    /// <summary>True when the date was counted from the article's own date, directly or through another expression.</summary>
    public bool UsesPublicationDate { get; init; }

    public string Text => Span.Of(Source);
    public string? AnchorText => Anchor?.Of(Source);

    /// <summary>True when the expression names days; false for durations and unresolved expressions.</summary>
    public bool IsResolved => Interval is not null;

    /// <summary>Relative or anaphoric: the date depends on something outside the words.</summary>
    public bool DependsOnContext => Form is TemporalForm.Relative or TemporalForm.Anaphoric;

    public override string ToString() => $"\"{Text}\" → {Interval?.ToString() ?? "(none)"} [{Precision}; {Resolution}]";
}
