using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>How a sentence places its event against the date it gives.</summary>
public enum DateRelation
{
    /// <summary>The event happened in the interval: "in 2001".</summary>
    On,
    /// <summary>"After 9/11": some time after the date (taken as up to a year after, for matching).</summary>
    After,
    /// <summary>"before 2001", "until 2001": some time before (up to a year before).</summary>
    Before,
}

/// <summary>The record's view of one mention: the event it matched and the verdict.</summary>
/// <param name="DaysOff">Days between the article's date and the record's; 0 when they overlap.</param>
/// <param name="SharedTerms">The record's key terms found in the sentence: why the match was made.</param>
/// <param name="Note">The reason, in words: the record's note on this article, or the date difference.</param>
public sealed record RecordCheck(ReferenceEvent Event, RecordVerdict Verdict, int DaysOff, IReadOnlyList<string> SharedTerms, string Note)
{
    public override string ToString() => $"{Verdict} with {Event.Id}: {Note}";
}

/// <summary>
/// An article's claim that something happened at a time: the sentence (and clause) anchored on a
/// temporal expression, or on words that name a recorded event when the sentence gives no date
/// ("The New York Times’ latest … provocation alleging … GRU …").
/// </summary>
/// <param name="Expression">The temporal expression the clause is anchored on; null when the event is recognised by name.</param>
/// <param name="Cue">The expression's span, or the naming words' span.</param>
/// <param name="When">The days the article gives (widened for "after"/"before"); null when only the record dates it.</param>
/// <param name="Check">The matching record event and verdict; null when the record has no such event.</param>
public sealed record EventMention(
    string ArticleId,
    int SentenceIndex,
    TextSpan Sentence,
    TextSpan Clause,
    TextSpan Cue,
    TemporalExpression? Expression,
    DateInterval? When,
    DateRelation Relation,
    RecordCheck? Check)
{
    internal string Source { get; init; } = "";

    public string SentenceText => Sentence.Of(Source);
    public string ClauseText => Clause.Of(Source);
    public string CueText => Cue.Of(Source);

    /// <summary>Where to draw the mention: the article's own date, else the record's.</summary>
    public DateInterval? PlottedWhen => When ?? Check?.Event.When;

    /// <summary>True when the text gives no date and the mention is placed by the record alone.</summary>
    public bool DatedByRecord => When is null;

    public override string ToString() => $"{ArticleId} s{SentenceIndex} \"{CueText}\" {When?.ToString() ?? "(no date)"} → {Check?.ToString() ?? "no record event"}";
}
