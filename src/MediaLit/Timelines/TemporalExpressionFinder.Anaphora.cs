using System.Buffers;
using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>
/// Anaphoric expressions ("the same day", "two years after the vote on 30 June 2016") count from another
/// expression, so they are resolved last, in text order, each merged into the list as it resolves: it counts
/// from the nearest date before it in its paragraph (which may be an anaphoric one resolved just before it) or,
/// for "N years after X", from the first date in X. Each of those looks is one step, not a walk over the
/// expressions around it, so a text with thousands of them in one paragraph or one clause stays linear.
/// </summary>
internal sealed partial class TemporalExpressionFinder
{
    /// <summary>What an anaphoric match says, read from its groups when it was claimed.</summary>
    /// <param name="Amount">For "N units after/before/later/earlier": N, or null for "a few".</param>
    private sealed record Anaphor(Rule Rule, TextSpan Span, Sentence Sentence, string Unit, string Direction, int? Amount);

    /// <param name="reading">Its expressions in text order, anaphoric ones apart.</param>
    /// <returns>Every expression, in text order.</returns>
    private static List<TemporalExpression> ResolveAnaphors(Reading reading)
    {
        var others = reading.Resolved;
        var all = new List<TemporalExpression>(others.Count + reading.Anaphors.Count);
        // The first date worth counting from at or after each of the others (others.Count when there is none).
        var nextAnchor = ArrayPool<int>.Shared.Rent(others.Count + 1);
        nextAnchor[others.Count] = others.Count;
        for (int i = others.Count - 1; i >= 0; i--)
            nextAnchor[i] = IsAnchor(others[i]) ? i : nextAnchor[i + 1];

        TemporalExpression? lastAnchor = null;
        var clauses = new ClauseEnds(reading.Article.Text);
        int next = 0;
        void Add(TemporalExpression e)
        {
            all.Add(e);
            if (IsAnchor(e))
                lastAnchor = e;
        }

        foreach (var a in reading.Anaphors)
        {
            while (next < others.Count && others[next].Span.Start < a.Span.Start)
                Add(others[next++]);
            if (a.Rule == Rule.CountedFrom && a.Direction is "after" or "before")
            {
                // "N years after X" counts from X, whatever X is: a date in X ("three weeks before the vote on 30 June
                // 2016") is the anchor; an undated X ("in 1949, one year after the occupation") leaves it unresolved,
                // because counting from the nearest other date (1949) would date the wrong thing. Nothing overlaps
                // a claim, so the others from `next` on start after it.
                int clauseEnd = clauses.From(a.Span.End, a.Sentence);
                int first = nextAnchor[next];
                var anchor = first < others.Count && others[first].Span.Start < clauseEnd ? others[first] : null;
                Add(ResolveAnaphoric(a, anchor, clauseEnd, reading));
            }
            else
            {
                // The nearest valid date before it in its own paragraph (so its own sentence first); never one from
                // another paragraph, which is usually about something else. Sentences are in text order, so the
                // nearest date before it is in its paragraph or there is none.
                var anchor = lastAnchor is not null
                    && reading.Article.Sentences[lastAnchor.SentenceIndex].ParagraphIndex == a.Sentence.ParagraphIndex ? lastAnchor : null;
                Add(ResolveAnaphoric(a, anchor, a.Span.End, reading));
            }
        }
        while (next < others.Count)
            all.Add(others[next++]);
        ArrayPool<int>.Shared.Return(nextAnchor);
        return all;
    }

    /// <param name="anchor">The expression it counts from, or null when its paragraph (or its X) has none.</param>
    /// <param name="clauseEnd">For "N years after X": where X ends.</param>
    private static TemporalExpression ResolveAnaphoric(Anaphor f, TemporalExpression? anchor, int clauseEnd, Reading reading)
    {
        var article = reading.Article;
        var pub = reading.Publication;
        string unit = f.Unit, direction = f.Direction;
        if (anchor is null && f.Rule == Rule.CountedFrom && direction is "after" or "before")
        {
            var x = article.Text.AsSpan(f.Span.End, clauseEnd - f.Span.End).Trim();
            return new TemporalExpression(article.Id, f.Sentence.Index, f.Span, TemporalForm.Anaphoric, UnitPrecision(unit), null,
                x.Length == 0 ? $"unresolved: {direction} what is not stated"
                    : $"unresolved: counted from '{Shorten(x)}', which the text does not date") { Source = article.Text };
        }

        TemporalExpression Result(TemporalPrecision precision, DateInterval? interval, string resolution) =>
            new(article.Id, f.Sentence.Index, f.Span, TemporalForm.Anaphoric, precision, interval, resolution, anchor?.Span)
            {
                Source = article.Text,
                UsesPublicationDate = anchor?.UsesPublicationDate ?? pub is not null,
            };

        DateInterval from;
        string where;
        TemporalPrecision anchorPrecision;
        if (anchor is not null)
        {
            from = anchor.Interval!.Value;
            where = anchor.Span.Start > f.Span.Start ? "later in the sentence" : "earlier in the paragraph";
            anchorPrecision = anchor.Precision;
        }
        else if (pub is not null)
        {
            // No date in the paragraph: the article's own date, and the note says so.
            from = pub.Interval;
            where = "(no date earlier in its paragraph)";
            anchorPrecision = Coarser(TemporalPrecision.Day, pub.Precision);
        }
        else
            return Result(UnitPrecision(unit), null, "unresolved: no earlier date in its paragraph and no date on the article to count from");

        // The note is the same as the last one when all it says is the same: a run of "the same day" each
        // counting from the one before would otherwise format the same words again for every one of them.
        var note = new Note(f.Rule, unit, direction, f.Amount, anchor?.Span, from, where);
        string Said(string resolution) => reading.Remember(note, resolution);
        switch (f.Rule)
        {
            case Rule.SameUnit:
            case Rule.ThatUnit:
                return Result(Coarser(UnitPrecision(unit), anchorPrecision), Coarsen(from, unit),
                    reading.SameNote(note, article.Text) ?? Said($"relative to {Source()} {where}: the same {unit}"));
            case Rule.NextUnit:
            {
                int step = direction is "following" or "next" ? 1 : -1;
                return Result(Coarser(UnitPrecision(unit), anchorPrecision), Coarsen(ShiftInterval(Coarsen(from, unit), unit, step), unit),
                    reading.SameNote(note, article.Text) ?? Said($"relative to {Source()} {where}: the {direction} {unit}"));
            }
            default:
            {
                if (f.Amount is not { } amount)
                    return Result(TemporalPrecision.Vague, null,
                        reading.SameNote(note, article.Text) ?? Said($"unresolved: how many {unit}s {direction} {Source()} is not stated"));
                int sign = direction is "after" or "later" ? 1 : -1;
                return Result(Coarser(UnitPrecision(unit), anchorPrecision), ShiftInterval(from, unit, sign * amount),
                    reading.SameNote(note, article.Text) ?? Said($"relative to {Source()} {where}: {Plural(amount, unit)} {(sign > 0 ? "after" : "before")}"));
            }
        }

        string Source() => anchor is not null ? $"'{anchor.Text}' ({from})" : pub!.Label;
    }

    /// <summary>
    /// What an anaphoric expression's note is made of: its own words and the anchor's words (by place in the text,
    /// compared by content) and days. Two equal ones have the same note.
    /// </summary>
    private readonly record struct Note(Rule Rule, string Unit, string Direction, int? Amount, TextSpan? Anchor, DateInterval From, string Where)
    {
        public bool SameAs(in Note other, string text) =>
            Rule == other.Rule && Amount == other.Amount && From == other.From
            && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && string.Equals(Direction, other.Direction, StringComparison.Ordinal)
            && string.Equals(Where, other.Where, StringComparison.Ordinal)
            && (Anchor is { } a ? other.Anchor is { } b && text.AsSpan(a.Start, a.Length).SequenceEqual(text.AsSpan(b.Start, b.Length)) : other.Anchor is null);
    }

    // A date worth counting from: resolved, and more precise than "recently".
    private static bool IsAnchor(TemporalExpression e) => e.IsResolved && e.Precision != TemporalPrecision.Vague;

    /// <summary>
    /// Where the X of "N years after X" ends: the next comma, semicolon, colon or dash, or the sentence's end.
    /// Asked in text order, it remembers the last answer: every position up to that break has the same one, so a
    /// sentence of many "N years after" with no break is searched once, not once for each.
    /// </summary>
    private sealed class ClauseEnds(string text)
    {
        private Sentence? _sentence;
        private int _from, _end;

        public int From(int from, Sentence sentence)
        {
            if (!ReferenceEquals(sentence, _sentence) || from < _from || from > _end)
            {
                int end = text.AsSpan(from, sentence.Span.End - from).IndexOfAny(ClauseBreaks);
                (_sentence, _from, _end) = (sentence, from, end < 0 ? sentence.Span.End : from + end);
            }
            return _end;
        }
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:\u2014\u2013()");

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "…");
}
