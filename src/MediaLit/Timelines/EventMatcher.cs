using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>
/// Turns temporal expressions into event mentions and holds them against the record:
/// <list type="number">
/// <item>each resolved date (not a duration) anchors a mention: its sentence and clause;</item>
/// <item>a record event matches when its days overlap the mention's and the sentence holds its key terms
/// (one term for a date of a month or less, two for anything wider);</item>
/// <item>failing that, a date up to 31 days off with two key terms still matches, as a disagreement on the date;</item>
/// <item>a sentence with no date refers to a record event only by naming it (the "named_by" column).</item>
/// </list>
/// </summary>
internal static partial class EventMatcher
{
    /// <summary>How far off a date may be and still be the same event told with the wrong date.</summary>
    public const int NearDays = 31;

    // Clause boundaries for display: semicolons and dashes separate statements; commas rarely do.
    [GeneratedRegex(@";\s|\s[–—]\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?<![\p{L}])(?<word>after|following|since|before|until|by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RelationWord();

    public static List<EventMention> Mentions(Article article, IReadOnlyList<TemporalExpression> expressions, ReferenceTimeline reference)
    {
        var mentions = new List<EventMention>();
        foreach (var e in expressions.Where(e => e.IsResolved && e.Form != TemporalForm.Duration))
        {
            var sentence = article.Sentences[e.SentenceIndex];
            var (relation, when) = Relation(article.Text, sentence.Span, e);
            string keyText = KeyText(article.Text, sentence.Span, e);
            var check = Check(article.Id, when, e.Precision, keyText, reference);
            mentions.Add(new EventMention(article.Id, e.SentenceIndex, sentence.Span, Clause(article.Text, sentence.Span, e.Span), e.Span, e, when, relation, check)
            {
                Source = article.Text,
            });
        }

        // Sentences that name a recorded event without dating it.
        foreach (var sentence in article.Sentences)
        {
            string text = sentence.Text;
            foreach (var ev in reference.Where(r => r.NamedBy.Count > 0))
            {
                if (mentions.Any(m => m.SentenceIndex == sentence.Index && m.Check?.Event == ev))
                    continue;
                var naming = ev.NamedBy.FirstOrDefault(terms => terms.All(t => ReferenceEvent.TermPattern(t).IsMatch(text)));
                if (naming is null)
                    continue;
                var first = ReferenceEvent.TermPattern(naming[0]).Match(text);
                var cue = new TextSpan(sentence.Span.Start + first.Index, sentence.Span.Start + first.Index + first.Length);
                var check = Verdict(article.Id, ev, 0, SharedTerms(ev, text), "named, not dated, in the text");
                mentions.Add(new EventMention(article.Id, sentence.Index, sentence.Span, Clause(article.Text, sentence.Span, cue), cue, null, null, DateRelation.On, check)
                {
                    Source = article.Text,
                });
            }
        }
        return mentions.OrderBy(m => m.Cue.Start).ToList();
    }

    /// <summary>"After 9/11": the event follows the date, so it may lie up to a year later.</summary>
    private static (DateRelation, DateInterval) Relation(string text, TextSpan sentence, TemporalExpression e)
    {
        var days = e.Interval!.Value;
        var before = RelationWord().Match(text[sentence.Start..e.Span.Start]);
        if (!before.Success)
            return (DateRelation.On, days);
        return before.Groups["word"].Value.ToLowerInvariant() is "after" or "following" or "since"
            ? (DateRelation.After, new DateInterval(days.Start, days.End.AddYears(1)))
            : (DateRelation.Before, new DateInterval(days.Start.AddYears(-1), days.End));
    }

    /// <summary>
    /// The words that say what happened. For "Two days after a delegation visited … on July 8, envoys held
    /// talks in Turkmenistan", the words up to "July 8" describe the other date's event, so they are left out.
    /// </summary>
    private static string KeyText(string text, TextSpan sentence, TemporalExpression e)
    {
        string s = sentence.Of(text);
        if (e.Anchor is { } anchor && anchor.Start > e.Span.Start && sentence.Contains(anchor))
            return s[..(e.Span.Start - sentence.Start)] + new string(' ', anchor.End - e.Span.Start) + s[(anchor.End - sentence.Start)..];
        return s;
    }

    private static TextSpan Clause(string text, TextSpan sentence, TextSpan cue)
    {
        int start = sentence.Start, end = sentence.End;
        foreach (Match b in ClauseBreak().Matches(text, sentence.Start).TakeWhile(b => b.Index < sentence.End))
        {
            if (b.Index + b.Length <= cue.Start)
                start = b.Index + b.Length;
            else if (b.Index >= cue.End)
            {
                end = b.Index;
                break;
            }
        }
        var clause = new TextSpan(start, end);
        // A clause of a few words says too little; show the sentence.
        return clause.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5 ? sentence : clause;
    }

    private static RecordCheck? Check(string articleId, DateInterval when, TemporalPrecision precision, string keyText, ReferenceTimeline reference)
    {
        int needed = when.Days <= 31 ? 1 : 2;
        var scored = reference.Select(r => (Event: r, Terms: SharedTerms(r, keyText), Gap: when.GapDays(r.When))).ToList();
        var overlapping = scored.Where(x => x.Gap == 0 && x.Terms.Count >= needed)
            .OrderByDescending(x => x.Terms.Count).ThenBy(x => x.Event.When.Days).FirstOrDefault();
        if (overlapping.Event is not null)
            return Verdict(articleId, overlapping.Event, 0, overlapping.Terms, "");
        if (precision > TemporalPrecision.Month)
            return null;
        var near = scored.Where(x => x.Gap is > 0 and <= NearDays && x.Terms.Count >= 2)
            .OrderByDescending(x => x.Terms.Count).ThenBy(x => x.Gap).FirstOrDefault();
        return near.Event is null ? null : Verdict(articleId, near.Event, near.Gap, near.Terms, "");
    }

    private static List<string> SharedTerms(ReferenceEvent ev, string text) =>
        ev.KeyTermPatterns.Where(p => p.Pattern.IsMatch(text)).Select(p => p.Term).ToList();

    /// <summary>
    /// The verdict: what the record says about this article's account, made worse (never better) by a
    /// date that does not overlap the record's.
    /// </summary>
    private static RecordCheck Verdict(string articleId, ReferenceEvent ev, int daysOff, List<string> terms, string context)
    {
        var recorded = ev.VerdictFor(articleId);
        string dateNote = daysOff > 0 ? $"the date is {daysOff} day{(daysOff == 1 ? "" : "s")} from the record's ({ev.When})" : "";
        string note = string.Join("; ", new[] { dateNote, recorded?.Note ?? "", context }.Where(s => s.Length > 0));
        var verdict = recorded?.Verdict ?? RecordVerdict.Agrees;
        if (daysOff > 0 && verdict is RecordVerdict.Agrees or RecordVerdict.Unverified)
            verdict = RecordVerdict.Disagrees;
        if (recorded is null && daysOff == 0)
            note = string.Join("; ", new[] { "the dates agree; the record does not assess this article's wording", context }.Where(s => s.Length > 0));
        return new RecordCheck(ev, verdict, daysOff, terms, note);
    }

    /// <summary>
    /// Mentions of one event, across articles: the same record event, or for events the record lacks,
    /// overlapping dates of a year or less and at least three shared content words.
    /// </summary>
    public static List<TimelineEvent> Group(IReadOnlyList<EventMention> mentions)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        var words = mentions.Select(m => ContentWords(m.SentenceText)).ToList();
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < mentions.Count; j++)
            {
                var (a, b) = (mentions[i], mentions[j]);
                if (a.Check is not null && b.Check is not null)
                {
                    if (a.Check.Event == b.Check.Event)
                        Union(i, j);
                }
                else if (a.Check is null && b.Check is null && a.When is { } wa && b.When is { } wb
                    && wa.Days <= 366 && wb.Days <= 366 && wa.Overlaps(wb) && words[i].Intersect(words[j]).Count() >= 3)
                    Union(i, j);
            }

        int unnamed = 0;
        return Enumerable.Range(0, mentions.Count).GroupBy(Find)
            .Select(g => g.Select(i => mentions[i]).ToList())
            .Select(g =>
            {
                var reference = g.First().Check?.Event;
                if (reference is not null)
                    return new TimelineEvent(reference.Id, reference.When, reference.Event, reference, g);
                var hull = new DateInterval(g.Min(m => m.When!.Value.Start), g.Max(m => m.When!.Value.End));
                return new TimelineEvent("", hull, g[0].ClauseText, null, g);
            })
            .OrderBy(e => e.When.Start).ThenBy(e => e.Reference?.Id, StringComparer.Ordinal)
            .Select(e => e.Reference is null ? e with { Id = $"e{++unnamed}" } : e)
            .ToList();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "with", "from", "have", "been", "were", "which", "their", "they", "will", "would", "also", "after",
        "before", "into", "about", "than", "there", "when", "what", "while", "said", "says", "year", "years", "month", "months",
        "last", "same", "week", "weeks", "days", "recent", "recently", "forces", "government", "taliban", "russia", "russian", "afghanistan", "afghan", "moscow",
    };

    // The corpus is about Russia, the Taliban and Afghanistan, so those words say nothing about which event.
    private static HashSet<string> ContentWords(string sentence) =>
        Regex.Matches(sentence, @"\p{L}[\p{L}’'-]{3,}").Select(m => m.Value.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).ToHashSet();

    /// <summary>
    /// The earliest an article can have been written: not before the latest recorded event it refers to,
    /// and not before the latest date it states itself ("on 10 December 2018"). Dates counted from the
    /// article's own date are left out (that would date the article by its date), and so are dates an
    /// article can state before they come: after "by", "until" or "before" (deadlines), or in a sentence
    /// that looks ahead ("will", "could", "scheduled", "expected" ...). A lower bound must not guess.
    /// </summary>
    public static PublicationBound Bound(Article article, IReadOnlyList<EventMention> mentions, IReadOnlyList<TemporalExpression> expressions)
    {
        var latest = mentions.Where(m => m.Check is not null && m.Expression?.UsesPublicationDate != true).MaxBy(m => m.Check!.Event.When.Start);
        var stated = expressions.Where(e => IsStatedPastDate(article, e)).MaxBy(e => e.Interval!.Value.Start);
        string? published = article.Metadata.Published.Value is { } p ? $"Its {p.Kind.ToString().ToLowerInvariant()} date, {p.Iso}, is " : null;
        string Against(DateOnly earliest) => published is null ? ""
            : " " + published + (PublicationAnchor.From(article.Metadata.Published.Value)!.Interval.End >= earliest ? "consistent with this." : "earlier than this: check both.");

        if (stated is not null && (latest is null || stated.Interval!.Value.Start > latest.Check!.Event.When.Start))
        {
            var day = stated.Interval!.Value.Start;
            string sentence = article.Sentences[stated.SentenceIndex].Text;
            string reasoning = $"Article {article.Id} states the date \"{stated.Text}\" ({stated.Interval}), the latest it gives. "
                + $"So it was written on {DateInterval.Iso(day)} or later. Evidence: \"{sentence}\"" + Against(day);
            return new PublicationBound(article.Id, day, null, reasoning) { StatedDate = stated, StatedSentence = sentence };
        }
        if (latest is null)
            return new PublicationBound(article.Id, null, null, $"Article {article.Id} refers to no event in the record and states no date, so neither can date it.");
        var ev = latest.Check!.Event;
        string how = latest.DatedByRecord ? "names" : $"dates (\"{latest.CueText}\")";
        return new PublicationBound(article.Id, ev.When.Start, latest, $"Article {article.Id} {how} {ev.Id} ({ev.When}): {ev.Event} "
            + $"So it was written on {DateInterval.Iso(ev.When.Start)} or later. Evidence: \"{latest.SentenceText}\"" + Against(ev.When.Start));
    }

    private static readonly char[] NotWord = [' ', '\n', '\t', ',', '.', ';', ':', '"', '(', ')', '\u201C', '\u201D', '\u2014'];

    private static readonly HashSet<string> DeadlineWords = new(StringComparer.OrdinalIgnoreCase) { "by", "until", "till", "before", "through" };

    // Words that make a sentence look ahead: its dates may still be to come when it was written.
    private static readonly HashSet<string> LookingAhead = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "might", "shall", "should", "scheduled", "due", "planned", "plans", "plan",
        "expected", "expects", "deadline", "upcoming", "forthcoming", "next", "future", "aims", "intends", "until", "till",
    };

    // A date the words themselves give (not counted from the article's date), not a deadline or a plan.
    private static bool IsStatedPastDate(Article article, TemporalExpression e)
    {
        string text = article.Text;
        // "may" only in lower case: "May" is a month.
        if (article.Sentences[e.SentenceIndex].Text.Split(NotWord, StringSplitOptions.RemoveEmptyEntries).Any(w => LookingAhead.Contains(w) || w == "may"))
            return false;
        if (!e.IsResolved || e.UsesPublicationDate || e.Form is not (TemporalForm.Absolute or TemporalForm.NamedEvent or TemporalForm.Anaphoric)
            || e.Precision is TemporalPrecision.Vague or TemporalPrecision.Century or TemporalPrecision.Decade)
            return false;
        var before = text.AsSpan(0, e.Span.Start).TrimEnd();
        int wordStart = before.LastIndexOfAny(' ', '\n', '\t') + 1;
        return !DeadlineWords.Contains(before[wordStart..].ToString());
    }
}
