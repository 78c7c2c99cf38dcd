using MediaLit.Metadata;

namespace MediaLit.Timelines;

/// <summary>
/// The date relative expressions are counted from, with the words a resolution note uses for it.
/// An updated or inferred date is still usable, but the note must say which it is: "last year" in a
/// text updated in 2017 may have been written earlier.
/// </summary>
internal sealed record PublicationAnchor(DateInterval Interval, DatePrecision Precision, DateKind Kind, string Iso)
{
    public static PublicationAnchor? From(PublicationDate? date) => date is null ? null : new(
        date.Precision switch
        {
            DatePrecision.Day => DateInterval.Day(date.Date),
            DatePrecision.Month => DateInterval.Month(date.Date.Year, date.Date.Month),
            _ => DateInterval.Year(date.Date.Year),
        },
        date.Precision, date.Kind, date.Iso);

    public int Year => Interval.Middle.Year;
    public int Month => Interval.Middle.Month;

    /// <summary>"publication date 2017-04-05", "update date 2017-04-20 (…)", "inferred publication date 2021-07 (…)".</summary>
    /// <remarks>Formatted once: every relative expression's note starts with it.</remarks>
    public string Label { get; } = Kind switch
    {
        DateKind.Updated => $"update date {Iso} (the first publication date is unknown, so the text may be older)",
        DateKind.Inferred => $"inferred publication date {Iso} (a fact-check estimate, not printed in the article)",
        _ => $"publication date {Iso}",
    };
}
